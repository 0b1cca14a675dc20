/** A JSON-LD object as the page wrote it. */
export type JsonLdNode = Record<string, unknown>

/**
 * The objects of one JSON-LD script: a top-level object or array, and each `@graph`'s members, flattened. A script
 * that is not valid JSON gives nothing (pages often ship broken ones); a trailing comma or a stray control character,
 * the usual faults, is mended first.
 */
export function readJsonLd(source: string): JsonLdNode[] {
  const parsed = parseLenient(source)
  const nodes: JsonLdNode[] = []
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1)
    else if (isObject(value)) {
      nodes.push(value)
      if ('@graph' in value) visit(value['@graph'], depth + 1)
    }
  }
  visit(parsed, 0)
  return nodes
}

// Raw control characters, which JSON forbids inside strings and CMSs leave there.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to replace.
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/g

function parseLenient(source: string): unknown {
  const trimmed = source.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')
  try {
    return JSON.parse(trimmed)
  } catch {
    try {
      return JSON.parse(trimmed.replace(/,\s*([}\]])/g, '$1').replace(CONTROL_CHARACTERS, ' '))
    } catch {
      return undefined
    }
  }
}

export function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The node's `@type`s. */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type']
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string')
}

// schema.org's Article and the subtypes news pages use.
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
  'webpage',
])

/** The page's article node: the first NewsArticle or Article, else a WebPage (some outlets only give that). */
export function articleNode(nodes: readonly JsonLdNode[]): JsonLdNode | undefined {
  const typed = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type.toLowerCase())))
  return typed.find((node) => !typesOf(node).some((type) => type.toLowerCase() === 'webpage')) ?? typed[0]
}

/** A string-valued field, or the `name` of an object (or of the first of a list) in it. */
export function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== undefined)
    return names.length > 0 ? names.join('، ') : undefined
  }
  if (isObject(value)) return nameOf(value.name)
  return undefined
}
