import type { MiddlewareHandler } from 'hono'
import { Problem, type ProblemIssue } from './problem.ts'

/**
 * Refuses a query string with a parameter the route does not take, or one given twice: a filter misspelled or
 * not supported would otherwise be dropped without a word, and the answer would look like a filtered one.
 */
export function onlyParameters(schema?: { shape: Record<string, unknown> }): MiddlewareHandler {
  const known = new Set(Object.keys(schema?.shape ?? {}))
  // Not async: a middleware that only checks and hands on saves the hot reads a promise and a microtask.
  return (c, next) => {
    const url = c.req.url
    const start = url.indexOf('?')
    if (start >= 0) {
      const seen = new Set<string>()
      const errors: ProblemIssue[] = []
      for (const name of new URLSearchParams(url.slice(start + 1)).keys()) {
        const fault = !known.has(name) ? 'unknown' : seen.has(name) ? 'repeated' : undefined
        seen.add(name)
        if (fault === 'unknown') {
          const accepted =
            known.size > 0 ? `; this path takes ${[...known].join(', ')}` : '; this path takes none'
          errors.push({ detail: `${name}: unknown parameter${accepted}`, parameter: name })
        } else if (fault === 'repeated' && !errors.some((e) => e.parameter === name)) {
          errors.push({ detail: `${name}: given more than once; give it once`, parameter: name })
        }
      }
      if (errors.length > 0)
        throw new Problem('invalid-request', errors.map((e) => e.detail).join('; '), { errors })
    }
    return next()
  }
}
