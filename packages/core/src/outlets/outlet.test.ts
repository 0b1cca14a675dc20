import { describe, expect, it } from 'vitest'
import { hostOf, resolveOutlet } from './outlet.ts'

describe('resolveOutlet', () => {
  it('knows an outlet by any form or spelling of its name, and keeps the name as written', () => {
    for (const name of ['الجزيرة نت', 'الجزيره نت', 'قناة الجزيرة', 'الجزيرة']) {
      expect(resolveOutlet({ name })).toMatchObject({
        name,
        outletName: 'الجزيرة',
        key: 'الجزيره',
        kind: 'tv',
        country: 'قطر',
        known: true,
      })
    }
    expect(resolveOutlet({ name: 'وكالة الأنباء السورية' })).toMatchObject({
      outletName: 'سانا',
      kind: 'agency',
    })
  })

  it('never merges papers that share a name on the name alone', () => {
    expect(resolveOutlet({ name: 'صحيفة الوطن' })).toMatchObject({ name: 'صحيفة الوطن', known: false })
  })

  it('never shows a raw host name where the table knows the outlet', () => {
    expect(resolveOutlet({ name: 'eremnews-fe-app-production.azurewebsites.net' })).toMatchObject({
      name: 'إرم نيوز',
      known: true,
    })
    expect(resolveOutlet({ name: 'autodiscover.syria-24.com' })).toMatchObject({ name: 'سوريا 24' })
    expect(resolveOutlet({ url: 'https://www.aljazeera.net/news/2025/2/12/x' })).toMatchObject({
      name: 'الجزيرة',
      domain: 'aljazeera.net',
    })
    expect(resolveOutlet({ name: 'مرصد الأخبار', url: 'https://arabic.rt.com/middle_east/1' })).toMatchObject(
      {
        name: 'مرصد الأخبار',
        outletName: 'روسيا اليوم',
        domain: 'arabic.rt.com',
      },
    )
  })

  it('keeps an unknown outlet’s name as given, or its host when it has no name', () => {
    expect(resolveOutlet({ name: 'صحيفة الرصد', url: 'https://example.org/water' })).toEqual({
      name: 'صحيفة الرصد',
      outletName: 'صحيفة الرصد',
      key: 'صحيفه الرصد',
      forms: ['صحيفه الرصد'],
      domain: 'example.org',
      country: null,
      kind: null,
      known: false,
    })
    expect(resolveOutlet({ url: 'https://news.example.org/a' })).toMatchObject({ name: 'news.example.org' })
    expect(resolveOutlet({})).toBeNull()
    expect(resolveOutlet({ name: '  ' })).toBeNull()
  })

  it('reads hosts only from URLs and host names, not from sentences', () => {
    expect(hostOf('https://WWW.Example.org:8080/a?b')).toBe('example.org')
    expect(hostOf('example.org')).toBe('example.org')
    expect(hostOf('الجزيرة')).toBeNull()
    expect(hostOf('not a host. really')).toBeNull()
  })
})
