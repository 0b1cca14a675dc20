import type { Context } from 'hono'
import type { z } from 'zod'
import { Problem, type ProblemIssue } from './problem.ts'

type Target = 'json' | 'query' | 'param' | 'header' | 'cookie' | 'form'
type Issue = z.core.$ZodIssue

/**
 * The `defaultHook` of every OpenAPI route: a request that fails its zod schema becomes a problem with one entry
 * per issue. Bodies answer 422 (well-formed JSON, wrong content); parameters 400.
 */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: Target },
  _c: Context,
): void {
  if (result.success) return
  const issues = flatten(result.error.issues).map((issue) => toProblemIssue(issue, result.target))
  const summary = issues.map((i) => i.detail).join('; ')
  if (result.target === 'json') throw new Problem('invalid-body', summary, { errors: issues })
  throw new Problem('invalid-request', summary, { errors: issues })
}

export function toProblemIssue(issue: Issue, target: Target): ProblemIssue {
  const path = issue.path.map(String)
  if (target === 'json') {
    const where = path.length > 0 ? `${path.join('.')}: ` : ''
    return { detail: `${where}${issue.message}`, pointer: pointerTo(path) }
  }
  const name = path[0] ?? ''
  const detail = `${name || target}: ${issue.message}`
  return target === 'header' ? { detail, header: name } : { detail, parameter: name }
}

/**
 * Replaces each union failure by the issues of the branch the input came closest to (the one whose complaints
 * start deepest), so a batch with one bad field reads "0.text: expected string", not "invalid input".
 */
export function flatten(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = []
  for (const issue of issues) {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
      out.push(issue)
      continue
    }
    const branch = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!
    out.push(...flatten(branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue)))
  }
  return out
}

function depth(issues: readonly Issue[]): number {
  return Math.min(...issues.map((i) => (i.code === 'invalid_type' ? i.path.length : i.path.length + 0.5)))
}

/** A JSON Pointer (RFC 6901) as a URI fragment: `#` is the whole body, `#/0/text` a field of its first item. */
export function pointerTo(path: readonly string[]): string {
  return path.length === 0 ? '#' : `#/${path.map(escapePointer).join('/')}`
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}
