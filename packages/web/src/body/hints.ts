import { type Element, hintsOf } from '../dom.ts'

// Class and id words of page parts that are not the article: comments, share bars, related and most-read links,
// menus, ads, tags. Distinctive words count anywhere in a class name (`socialShare`, `relatedNews`); short ones only
// as a whole part of it (`ad-slot`, `main-nav`, but not `head` or `navy`).
const CLUTTER_ANYWHERE =
  /comment|disqus|share|sharing|social|related|recommend|sidebar|breadcrumb|newsletter|subscri|outbrain|taboola|mgid|advert|sponsor|promo|popular|mostread|most-read|most_read|trending|readmore|read-more|also-read|alsoread|see-also|widget|footer|copyright|cookie|pagination|author-box|tags-|-tags|taglist|tag-list|keywords|print|toolbar|rating|newsticker|ticker|breaking-bar|follow-us|caption/
const CLUTTER_PART =
  /(?:^|[\s_-])(?:ad|ads|adv|dfp|gpt|nav|navbar|menu|tags?|meta|banner|teaser|latest|modal|popup|login|signup|poll|vote|share|social|more|next|prev|credit|photo-credit|sr-only|visually-hidden)s?(?:$|[\s_-])/
// Words of the article's own container.
const CONTENT_HINT =
  /article|content|entry|post-?body|postbody|story|text|body|main|details?|single|itemprop|news-?body|the-?post/

export type Hint = 'clutter' | 'content' | null

// Clutter words that outweigh a content word in the same class list (`article_details_tags`, `article-date`,
// `post-share`): the content word names the page type, the clutter word the part.
const CLUTTER_FIRST =
  /comment|related|sidebar|share|footer|breadcrumb|newsletter|social|(?:^|[\s_-])(?:tag|prev|next|date|time|created|published|posted|byline|author|meta|metadata|source|credit|ref|image|img|photo|gallery|video)s?(?:$|[\s_-])/

export function hintOf(element: Element): Hint {
  // A negated word says the element is not that thing: `entry-content no-share`.
  const hints = hintsOf(element).replace(/(?:^|\s)(?:no|without|hide)[-_][\w-]+/g, ' ')
  if (hints.trim() === '') return null
  if (CLUTTER_FIRST.test(hints)) return 'clutter'
  if (CONTENT_HINT.test(hints)) return 'content'
  if (CLUTTER_ANYWHERE.test(hints) || CLUTTER_PART.test(hints)) return 'clutter'
  return null
}

// Elements that are page furniture whatever their class says.
const FURNITURE = new Set(['nav', 'aside', 'footer', 'header', 'figcaption', 'form', 'dialog', 'menu'])

/** Whether an element's subtree is not the article: furniture, or a class or id that names clutter. */
export function isClutterElement(element: Element): boolean {
  if (FURNITURE.has(element.name)) return element.name !== 'form' || hintOf(element) === 'clutter'
  const role = element.attribs.role
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner')
    return true
  if (element.name === 'article' || element.name === 'main' || element.name === 'body') return false
  return hintOf(element) === 'clutter'
}
