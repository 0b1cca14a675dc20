import type { OpenAPIHono } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { renderReference } from '../docs/render.ts'
import { cacheable } from '../http/cache.ts'
import { PROBLEM_TYPES, Problem, type ProblemType } from '../http/problem.ts'
import { escapeHtml } from '../search/snippet.ts'

export const API_TITLE = 'Marsad API'
export const API_VERSION = '0.1.0'

const DESCRIPTION =
  'Arabic news articles turned into structured, searchable, comparable stories. Reads are public (CORS open); writes need `Authorization: Bearer <token>`. Errors are RFC 9457 problem details (`application/problem+json`).'

// The reference page has no script; its only style is inline.
const DOCUMENT_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** `/openapi.json` (OpenAPI 3.1, generated from the routes' zod schemas), `/docs` and `/problems/{type}`. */
export function referenceRoutes(api: OpenAPIHono): Hono {
  const app = new Hono()
  let spec: Record<string, unknown> | undefined
  let html: string | undefined
  const document = () => {
    spec ??= api.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: API_TITLE,
        version: API_VERSION,
        description: DESCRIPTION,
        license: { name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' },
      },
      // Relative: the document describes whichever server serves it.
      servers: [{ url: '/', description: 'This server' }],
    }) as unknown as Record<string, unknown>
    return spec
  }

  app.get('/openapi.json', cacheable('public, max-age=300'), (c) => c.json(document()))
  app.get('/docs', cacheable('public, max-age=300'), (c) => {
    html ??= renderReference(document())
    return c.html(html, 200, DOCUMENT_HEADERS)
  })
  app.get('/problems/:type', cacheable('public, max-age=3600'), (c) => {
    const type = c.req.param('type')
    if (!Object.hasOwn(PROBLEM_TYPES, type))
      throw new Problem('not-found', `No problem type ${JSON.stringify(type)}`)
    const { status, title, about } = PROBLEM_TYPES[type as ProblemType]
    return c.html(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)} (${status})</h1><p>${escapeHtml(about)}</p><p><a href="/docs">API reference</a></p></html>`,
      200,
      DOCUMENT_HEADERS,
    )
  })
  return app
}
