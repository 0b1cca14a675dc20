import type { Position } from '../storage/repository.ts'
import { encodeCursor } from './cursor.ts'

export const JSON_UTF8 = 'application/json; charset=utf-8'

/** `{ items, nextCursor }` from items already serialised as JSON, without parsing them again. */
export function rawPage(items: readonly string[], next: Position | undefined): string {
  const cursor = next ? JSON.stringify(encodeCursor(next)) : 'null'
  return `{"items":[${items.join(',')}],"nextCursor":${cursor}}`
}

export function cursorOf(next: Position | undefined): string | null {
  return next ? encodeCursor(next) : null
}

const utf8 = new TextDecoder()

/** A stored model's JSON as text, whether the driver read it as text or as its UTF-8 bytes. */
export const jsonText = (json: string | Uint8Array): string =>
  typeof json === 'string' ? json : utf8.decode(json)
