import type { Position } from '../storage/repository.ts'
import { Problem } from './problem.ts'

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** An opaque page cursor: base64url of the JSON of a list position. */
export function encodeCursor(position: Position): string {
  let binary = ''
  for (const byte of encoder.encode(JSON.stringify(position))) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/**
 * Reads a cursor back, checking that it has the shape this list issues (`kinds`: the type of each element).
 * Anything else, garbage or a cursor of another list, is a 400 problem.
 */
export function decodeCursor(cursor: string, kinds: readonly ('string' | 'number')[]): Position {
  const position = tryDecode(cursor)
  if (
    !Array.isArray(position) ||
    position.length !== kinds.length ||
    position.some(
      (value, i) => typeof value !== kinds[i] || (typeof value === 'number' && !Number.isFinite(value)),
    )
  ) {
    throw new Problem('invalid-request', 'cursor: is not a cursor issued by this list', {
      errors: [{ detail: 'cursor: is not a cursor issued by this list', parameter: 'cursor' }],
    })
  }
  return position as Position
}

function tryDecode(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) return undefined
  try {
    const binary = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return JSON.parse(decoder.decode(bytes))
  } catch {
    return undefined
  }
}
