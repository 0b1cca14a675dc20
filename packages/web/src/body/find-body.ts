import { type Element, HEADING_ELEMENTS, textOf } from '../dom.ts'
import { hintOf, isClutterElement } from './hints.ts'
import type { TextBlock } from './text-blocks.ts'

// Readability's scoring, written for our blocks: a paragraph of running text scores its container, less its
// grandparents and above; the container with the most, discounted by its share of link text, holds the article.
const MIN_SCORED_CHARS = 25
const MAX_SCORED_LINK_DENSITY = 0.33
const SCORED_LEVELS = 5
const HINT_WEIGHT = 25
// Other candidates this close to the best, three of them under one ancestor, mean the article spans that ancestor.
const ALTERNATIVE_RATIO = 0.75
const MIN_ALTERNATIVES = 3
const SIBLING_RATIO = 0.2
const MIN_SIBLING_SCORE = 10
// Below this, no container holds running text: the page has no article (an index, a video page, an error page).
const MIN_ARTICLE_SCORE = 8
const MAX_CLUTTER_SHARE = 0.5

const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  article: 10,
  section: 3,
  main: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  form: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  li: -3,
  th: -5,
}

// Blocks whose own element is a paragraph of its container: the container gets the first share.
const PARAGRAPH_ELEMENTS = new Set<string>(['p', 'pre', 'blockquote', 'td', 'li', 'dd', ...HEADING_ELEMENTS])

interface Tally {
  score: number
  /** Points from the running text under it, without the tag's and the class's weight. */
  points: number
  chars: number
  linkChars: number
}

/** The elements that hold the article's text (a container and those of its siblings that continue it), or none. */
export function findBodyElements(blocks: readonly TextBlock[]): Element[] {
  const tallies = tallyBlocks(blocks)
  const final = (element: Element) => {
    const tally = tallies.get(element)
    if (!tally) return 0
    return tally.score * (1 - (tally.chars > 0 ? tally.linkChars / tally.chars : 0))
  }
  const ranked = [...tallies.keys()].filter((element) => tallies.get(element)!.score !== 0)
  ranked.sort((a, b) => final(b) - final(a))
  const marked = markedBody(tallies)
  let top = marked ?? ranked[0]
  if (top === undefined || (marked === undefined && final(top) < MIN_ARTICLE_SCORE)) return []
  if (marked === undefined) top = widen(top, ranked.slice(1, 6), final)
  return withSiblings(top, final, tallies)
}

function tallyBlocks(blocks: readonly TextBlock[]): Map<Element, Tally> {
  const tallies = new Map<Element, Tally>()
  const tallyOf = (element: Element) => {
    let tally = tallies.get(element)
    if (!tally) {
      const hint = hintOf(element)
      const weight = hint === 'content' ? HINT_WEIGHT : hint === 'clutter' ? -HINT_WEIGHT : 0
      tally = { score: 0, points: 0, chars: 0, linkChars: 0 }
      tallies.set(element, tally)
      if (TAG_WEIGHT[element.name] !== undefined || weight !== 0) {
        tally.score = (TAG_WEIGHT[element.name] ?? 0) + weight
      }
    }
    return tally
  }
  let total = 0
  for (const block of blocks) {
    total += block.text.length
    for (const element of block.ancestors) {
      const tally = tallyOf(element)
      tally.chars += block.text.length
      tally.linkChars += block.linkChars
    }
  }
  // A clutter class on an element holding most of the page (`page_container m-relative`) is no sidebar.
  const clutter = new Map<Element, boolean>()
  const isClutter = (element: Element) => {
    let known = clutter.get(element)
    if (known === undefined) {
      known = isClutterElement(element) && tallies.get(element)!.chars < total * MAX_CLUTTER_SHARE
      clutter.set(element, known)
    }
    return known
  }
  for (const block of blocks) {
    if (block.role !== 'text' && block.role !== 'quote') continue
    const length = block.text.length
    if (length < MIN_SCORED_CHARS || block.linkChars / length > MAX_SCORED_LINK_DENSITY) continue
    if (block.ancestors.some(isClutter)) continue
    const points = 1 + (block.text.match(/[,،]/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3)
    const first = PARAGRAPH_ELEMENTS.has(block.ancestors[0]!.name) ? 1 : 0
    for (let level = 0; level < SCORED_LEVELS; level++) {
      const element = block.ancestors[first + level]
      if (!element || element.name === 'body' || element.name === 'html') break
      const tally = tallyOf(element)
      const share = points / (level === 0 ? 1 : level === 1 ? 2 : level * 3)
      tally.score += share
      tally.points += share
    }
  }
  return tallies
}

// schema.org's articleBody, when the page marks it and it holds text: the outlet's own word for where the article is.
function markedBody(tallies: Map<Element, Tally>): Element | undefined {
  for (const [element, tally] of tallies) {
    const { attribs } = element
    if (attribs.itemprop !== 'articleBody' && attribs.property !== 'articleBody') continue
    if (tally.chars - tally.linkChars >= 200) return element
  }
  return undefined
}

function widen(top: Element, others: readonly Element[], final: (element: Element) => number): Element {
  const best = final(top)
  const close = others.filter((element) => final(element) >= best * ALTERNATIVE_RATIO)
  if (close.length < MIN_ALTERNATIVES) return top
  for (let ancestor = top.parent; ancestor && 'name' in ancestor; ancestor = ancestor.parent) {
    const element = ancestor as Element
    if (element.name === 'body' || element.name === 'html') break
    if (close.filter((other) => contains(element, other)).length >= MIN_ALTERNATIVES) return element
  }
  return top
}

function contains(ancestor: Element, element: Element): boolean {
  for (let node = element.parent; node; node = node.parent) if (node === ancestor) return true
  return false
}

function withSiblings(
  top: Element,
  final: (element: Element) => number,
  tallies: Map<Element, Tally>,
): Element[] {
  const parent = top.parent
  if (!parent || !('name' in parent) || (parent as Element).name === 'body') return [top]
  const threshold = Math.max(MIN_SIBLING_SCORE, final(top) * SIBLING_RATIO)
  const selected: Element[] = []
  for (const child of parent.children) {
    if (!('name' in child)) continue
    const sibling = child as Element
    if (sibling === top) selected.push(sibling)
    else if (isClutterElement(sibling)) continue
    // A sibling joins for the text under it, not for its class's weight alone (`article_image`).
    else if ((tallies.get(sibling)?.points ?? 0) > 0 && final(sibling) >= threshold) selected.push(sibling)
    else if (sibling.name === 'p') {
      const tally = tallies.get(sibling)
      if (!tally) continue
      const density = tally.chars > 0 ? tally.linkChars / tally.chars : 1
      if (tally.chars > 80 && density < 0.25) selected.push(sibling)
      else if (density === 0 && /[.!؟?]["»”)]?$/.test(textOf(sibling))) selected.push(sibling)
    }
  }
  return selected
}
