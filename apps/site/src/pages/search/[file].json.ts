import type { APIRoute, GetStaticPaths } from 'astro'
import { siteSearchIndex } from '../../data/search.ts'
import { chunkPath, shardPath } from '../../lib/search-index.ts'

const fileName = (path: string) => path.slice('/search/'.length, -'.json'.length)

/** The index's term shards and document chunks as static JSON files (see `lib/search-index.ts`). */
export const getStaticPaths = (async () => {
  const index = await siteSearchIndex()
  return [
    ...index.shards.map((shard, number) => ({
      params: { file: fileName(shardPath(number)) },
      props: { body: shard },
    })),
    ...index.chunks.map((docs, number) => ({
      params: { file: fileName(chunkPath(number)) },
      props: { body: docs },
    })),
  ]
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json; charset=utf-8' } })
