import type { MiddlewareHandler } from 'hono'
import { Problem } from './problem.ts'

/**
 * Refuses a URL whose percent-escapes do not spell UTF-8 (`%ff`, a lone `%`), which the router would otherwise
 * take as literal text: an id or a query is read exactly as sent, or not at all.
 */
export const wellFormedUrl: MiddlewareHandler = (c, next) => {
  const url = c.req.url
  const path = url.slice(url.indexOf('/', url.indexOf('//') + 2))
  if (path.includes('%')) {
    try {
      decodeURIComponent(path)
    } catch {
      const detail = 'The URL holds a percent-escape that is not UTF-8; escape each byte of the UTF-8 text'
      throw new Problem('invalid-request', detail, { errors: [{ detail, parameter: 'url' }] })
    }
  }
  return next()
}
