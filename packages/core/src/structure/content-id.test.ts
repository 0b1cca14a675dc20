import { describe, expect, it } from 'vitest'
import { contentId } from './content-id.ts'

describe('contentId', () => {
  // The ids stored articles carry: the hash must never change, whatever the text's length.
  it('keeps the ids it has always given, short texts and texts of several slices alike', () => {
    expect(contentId('')).toBe('1aee8d83488bdcb8')
    expect(contentId('قال الوزير')).toBe('afe4b0de9b103411')
    expect(contentId('ب'.repeat(256))).toBe('feb84e7881bb43da')
    expect(contentId('ب'.repeat(257))).toBe('ecfa34959e2a125d')
    expect(contentId(`${'أ'.repeat(600)}x`)).toBe('543273154be5df8b')
  })

  it('tells apart texts that differ in one code unit or in length', () => {
    expect(contentId('ب'.repeat(300))).not.toBe(contentId(`${'ب'.repeat(299)}ت`))
    expect(contentId('ب'.repeat(300))).not.toBe(contentId('ب'.repeat(301)))
  })
})
