import { describe, expect, it } from 'vitest'
import { DEFAULT_POLL_MS, parsePollInterval } from './poll-interval.ts'
import { userAgent } from './user-agent.ts'

describe('parsePollInterval', () => {
  it('is off unless set, on at 15 minutes, and takes seconds, minutes and hours', () => {
    for (const off of [undefined, '', ' ', 'off', '0', 'OFF']) expect(parsePollInterval(off)).toBe(false)
    expect(parsePollInterval('on')).toBe(DEFAULT_POLL_MS)
    expect(parsePollInterval('30s')).toBe(30_000)
    expect(parsePollInterval('15m')).toBe(900_000)
    expect(parsePollInterval('1h')).toBe(3_600_000)
    expect(parsePollInterval('90')).toBe(90_000)
  })

  it('refuses what is not an interval, or one too short to be polite', () => {
    for (const bad of ['soon', '1s', '10 minutes', '-5m', '2d'])
      expect(() => parsePollInterval(bad)).toThrow(/poll interval/)
  })
})

describe('userAgent', () => {
  it('names Marsad and its version, and the contact when there is one', () => {
    expect(userAgent()).toMatch(/^Marsad\/\d+\.\d+\.\d+$/)
    expect(userAgent('https://marsad.example/bot')).toMatch(
      /^Marsad\/\d+\.\d+\.\d+ \(\+https:\/\/marsad\.example\/bot\)$/,
    )
  })
})
