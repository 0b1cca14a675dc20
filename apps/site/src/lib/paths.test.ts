import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { routes, segment } from './paths.ts'

describe('segment', () => {
  it('keeps plain ASCII ids as they are', () => {
    expect(routes.article('003_52349cd9e965743e')).toBe('/articles/003_52349cd9e965743e/')
  })

  it('never lets an id leave its folder or carry bidi controls, and reads back exactly', () => {
    for (const id of [
      '../../etc/passwd',
      'a/b',
      '\u202Eevil',
      '..',
      '?q=1#x',
      ' ',
      'person:فلاديمير-بوتين',
    ]) {
      expect(segment(id)).not.toMatch(/[/\\?#\s\u202A-\u202E\u2066-\u2069]/)
      expect(decodeURIComponent(segment(id))).toBe(id)
    }
    fc.assert(
      // `.` and `..` are the two ids no URL can carry (every parser folds them as dot segments, even as %2E); the API
      // refuses them with 422, so no page is ever asked for one.
      fc.property(
        fc.string({ minLength: 1 }).filter((id) => id !== '.' && id !== '..'),
        (id) => {
          const path = routes.story(id)
          expect(new URL(path, 'http://site/').pathname.split('/')).toHaveLength(4)
        },
      ),
    )
  })
})
