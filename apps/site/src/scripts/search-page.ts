import type { SearchQuery } from '@marsad/core'
import { formatDate, formatNumber } from '../lib/format.ts'
import { sentenceAnchor } from '../lib/paths.ts'
import {
  chunkOf,
  chunkPath,
  type SearchDoc,
  type SearchLayout,
  type SearchShard,
  shardOf,
  shardPath,
} from '../lib/search-index.ts'
import {
  bestSentence,
  type Hit,
  highlight,
  lookupOf,
  matchesPhrases,
  postingsIn,
  rank,
} from '../lib/search-query.ts'

const PAGE = 20

/** Wires the search page: reads `?q=`, fetches the shards and chunks it needs, renders results as text nodes. */
export function startSearch() {
  const form = document.querySelector<HTMLFormElement>('#search-form')
  const input = document.querySelector<HTMLInputElement>('#search-input')
  const status = document.querySelector<HTMLElement>('#search-status')
  const list = document.querySelector<HTMLOListElement>('#search-results')
  const more = document.querySelector<HTMLButtonElement>('#search-more')
  if (!form || !input || !status || !list || !more) return
  const layout = JSON.parse(form.dataset.layout ?? '{}') as SearchLayout
  const shards = new Map<number, Promise<SearchShard>>()
  const chunks = new Map<number, Promise<SearchDoc[]>>()
  const load = <T>(cache: Map<number, Promise<T>>, key: number, path: string) => {
    let value = cache.get(key)
    if (!value) {
      value = fetch(path).then((response) => {
        if (!response.ok) throw new Error(`${path}: ${response.status}`)
        return response.json() as Promise<T>
      })
      cache.set(key, value)
    }
    return value
  }
  const docOf = async (doc: number) =>
    (await load(chunks, chunkOf(doc, layout), chunkPath(chunkOf(doc, layout))))[doc % layout.chunk]!
  let run = 0
  /**
   * The candidates (documents holding every term, best first) and how far they have been read. The shards know
   * which documents hold a term, not where, so phrases are checked on the documents, a page at a time: a phrase
   * of common words never fetches the whole corpus.
   */
  let pending:
    | { candidates: Hit[]; next: number; shown: number; query: SearchQuery; terms: Set<string> }
    | undefined

  async function show() {
    const mine = pending
    if (!mine) return
    const found: SearchDoc[] = []
    while (found.length < PAGE && mine.next < mine.candidates.length) {
      // Claimed before loading, so that a second click on «more» reads the next batch, not this one again.
      const batch = mine.candidates.slice(mine.next, mine.next + PAGE)
      mine.next += batch.length
      const docs = await Promise.all(batch.map((hit) => docOf(hit.doc)))
      // A newer search replaced this one while its documents loaded.
      if (pending !== mine) return
      found.push(...docs.filter((doc) => matchesPhrases(doc, mine.query)))
    }
    for (const doc of found) list!.append(result(doc, mine.terms))
    mine.shown += found.length
    const done = mine.next >= mine.candidates.length
    more!.hidden = done
    // Announced once the results are on the page (the status is a live region).
    // Without phrases every candidate is a result; with them, the count is known once all are checked.
    const phrases = mine.query.phrases.length > 0
    status!.textContent =
      mine.shown === 0 && done
        ? 'لا نتائج تحوي كل كلمات البحث.'
        : !phrases
          ? `${formatNumber(mine.candidates.length)} نتيجة`
          : done
            ? `${formatNumber(mine.shown)} نتيجة`
            : `أول ${formatNumber(mine.shown)} نتيجة، وقد تكون هناك نتائج أخرى`
  }

  async function search(query: string) {
    const current = ++run
    list!.replaceChildren()
    more!.hidden = true
    pending = undefined
    const lookup = lookupOf(query, layout)
    const { terms } = lookup.query
    if (terms.length === 0) {
      status!.textContent = query.trim() ? 'لا كلمات يمكن البحث بها في هذا النص.' : ''
      return
    }
    status!.textContent = 'جارٍ البحث…'
    try {
      const loaded = new Map<number, SearchShard>()
      await Promise.all(
        lookup.shards.map(async (shard) => loaded.set(shard, await load(shards, shard, shardPath(shard)))),
      )
      if (current !== run) return
      const candidates = rank(
        terms,
        (term) => postingsIn(loaded.get(shardOf(term, layout)), term),
        layout.docs,
      )
      pending = { candidates, next: 0, shown: 0, query: lookup.query, terms: new Set(terms) }
      await show()
    } catch {
      if (current === run) status!.textContent = 'تعذّر تحميل فهرس البحث. أعد المحاولة.'
    }
  }

  const fromUrl = () => {
    const query = new URLSearchParams(location.search).get('q') ?? ''
    input.value = query
    void search(query)
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const query = input.value
    const url = new URL(location.href)
    url.searchParams.set('q', query)
    history.pushState(null, '', url)
    void search(query)
  })
  more.addEventListener('click', () => void show())
  window.addEventListener('popstate', fromUrl)
  fromUrl()
}

function highlighted(element: HTMLElement, text: string, terms: Set<string>) {
  for (const part of highlight(text, terms)) {
    if (part.hit) {
      const mark = document.createElement('mark')
      mark.textContent = part.text
      element.append(mark)
    } else {
      element.append(part.text)
    }
  }
  return element
}

/** The outlet's name, or (as on every page) a note that the corpus names none, with the article's id. */
function outletElement(doc: SearchDoc): HTMLElement {
  const name = document.createElement('bdi')
  if (doc.outlet) {
    name.textContent = doc.outlet
    return name
  }
  const unnamed = document.createElement('span')
  name.dir = 'ltr'
  name.textContent = doc.id
  unnamed.append('مصدر غير مسمّى (', name, ')')
  return unnamed
}

function result(doc: SearchDoc, terms: Set<string>): HTMLLIElement {
  const item = document.createElement('li')
  const sentence = bestSentence(doc.sentences, terms)
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = sentence >= 0 ? `${doc.href}#${sentenceAnchor(sentence)}` : doc.href
  link.className = 't'
  heading.append(highlighted(link, doc.title, terms))
  const meta = document.createElement('p')
  meta.className = 'meta'
  meta.append(outletElement(doc))
  const date = formatDate(doc.date)
  if (date) {
    const time = document.createElement('span')
    time.textContent = date
    meta.append(time)
  }
  if (doc.story) {
    const story = document.createElement('a')
    story.href = doc.story.href
    const title = document.createElement('bdi')
    title.textContent = doc.story.title
    story.append('ضمن قصة: ', title)
    meta.append(story)
  }
  item.append(heading, meta)
  if (sentence >= 0) {
    const snippet = document.createElement('p')
    snippet.className = 't'
    item.append(highlighted(snippet, doc.sentences[sentence]!, terms))
  }
  return item
}
