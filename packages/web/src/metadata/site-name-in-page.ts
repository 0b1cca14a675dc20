import { collapseSpace, type Element, elementsUnder } from '../dom.ts'
import { MAX_SITE_NAME_WORDS } from './outlet.ts'

const ARABIC_LETTER = /[\u0621-\u064a]/
const COPYRIGHT = /(?:جميع\s+الحقوق\s+(?:ال)?محفوظة|حقوق\s+(?:النشر|الطبع)\s+محفوظة|all\s+rights\s+reserved)/i

/** The logo's text (`alt` of an image whose class, id, source or alt says logo) and the copyright line's owner. */
export function siteNamesInPage(
  root: Element,
  texts: readonly string[],
): { logo: string | undefined; copyright: string | undefined } {
  let logo: string | undefined
  for (const element of elementsUnder(root)) {
    if (element.name !== 'img') continue
    const { alt = '', src = '', class: className = '', id = '' } = element.attribs
    if (!/logo/i.test(`${className} ${id} ${src}`) && !/logo/i.test(alt)) continue
    const text = collapseSpace(alt)
    if (text && !/^logo$/i.test(text) && text.split(' ').length <= MAX_SITE_NAME_WORDS) {
      logo = text.split(/\s*\|\s*/)[0]
      break
    }
  }
  return { logo, copyright: copyrightOwner(texts) }
}

// `© 2017 جميع الحقوق المحفوظة جوهرة أف آم تونس |`, `جميع الحقوق محفوظة لـ دار الصباح`: the words after the notice,
// without years, signs and the preposition ل.
function copyrightOwner(texts: readonly string[]): string | undefined {
  for (let i = texts.length - 1; i >= 0; i--) {
    const match = COPYRIGHT.exec(texts[i]!)
    if (!match) continue
    const after = texts[i]!.slice(match.index + match[0].length)
      .replace(/[©|©\d:.,،\-–—"'()]+/g, ' ')
      .replace(/^\s*(?:لـ|ل(?=\S))\s*/, '')
      .trim()
    let words = after.split(/\s+/).filter(Boolean)
    // An Arabic name ends where Latin words start (`… للصحافة والنشر Powered By …`).
    const latinAt = words.findIndex((word) => !ARABIC_LETTER.test(word))
    if (ARABIC_LETTER.test(words[0] ?? '') && latinAt > 0) words = words.slice(0, latinAt)
    if (words.length > 0 && words.length <= MAX_SITE_NAME_WORDS) return words.join(' ')
  }
  return undefined
}
