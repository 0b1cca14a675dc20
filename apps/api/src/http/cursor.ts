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

/** Longest string a position holds: an id, a date key or a story id, with room to spare. */
const MAX_KEY_LENGTH = 1000
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * Reads a cursor back, checking that it is one this list could have issued: its shape (`kinds`: the type of each
 * element), numbers that are whole and not negative (every position number is a count, a sequence or an offset)
 * and no larger than `maxNumber`, strings of a bounded length and well-formed. Anything else, garbage or a cursor
 * of another list or forged, is a 400 problem.
 */
export function decodeCursor(
  cursor: string,
  kinds: readonly ('string' | 'number')[],
  maxNumber = Number.MAX_SAFE_INTEGER,
): Position {
  const position = tryDecode(cursor)
  if (
    !Array.isArray(position) ||
    position.length !== kinds.length ||
    position.some((value, i) => typeof value !== kinds[i] || !possible(value, maxNumber))
  ) {
    throw invalidCursor()
  }
  return position as Position
}

function possible(value: string | number, maxNumber: number): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 && value <= maxNumber
  return value.length <= MAX_KEY_LENGTH && !LONE_SURROGATE.test(value)
}

export function invalidCursor(): Problem {
  return new Problem('invalid-request', 'cursor: is not a cursor issued by this list', {
    errors: [{ detail: 'cursor: is not a cursor issued by this list', parameter: 'cursor' }],
  })
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
