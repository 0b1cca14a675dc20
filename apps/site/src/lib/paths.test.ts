import { describe, expect, it } from 'vitest'
import { routes, slug } from './paths.ts'

describe('slug', () => {
  it('keeps plain ASCII ids as they are', () => {
    expect(slug('000_c46bd0adb6ed7856')).toBe('000_c46bd0adb6ed7856')
    expect(routes.article('003_52349cd9e965743e')).toBe('/articles/003_52349cd9e965743e/')
  })

  it('keeps the Arabic letters of an entity id and tells similar ids apart by a hash', () => {
    const putin = slug('person:فلاديمير-بوتين')
    expect(putin).toMatch(/^person-فلاديمير-بوتين-[0-9a-z]+$/)
    expect(slug('person:فلاديمير بوتين')).not.toBe(putin)
  })

  it('never lets an id leave its folder or carry bidi controls', () => {
    for (const id of ['../../etc/passwd', 'a/b', '\u202Eevil', '..', '?q=1#x', ' ']) {
      const segment = slug(id)
      expect(segment).not.toMatch(/[/\\?#%.\s\u202A-\u202E\u2066-\u2069]/)
      expect(segment.length).toBeGreaterThan(0)
    }
  })

  it('is stable and bounded in length', () => {
    const long = 'خبر '.repeat(200)
    expect(slug(long)).toBe(slug(long))
    expect(slug(long).length).toBeLessThanOrEqual(60 + 1 + 7)
  })
})
