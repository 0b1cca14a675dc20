import { escapeHtml as e } from '../search/snippet.ts'
import { STYLE } from './style.ts'

type Json = Record<string, unknown>
type Schema = Json & { $ref?: string }

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

/**
 * The API reference as one self-contained HTML page, rendered from the OpenAPI document: every operation with its
 * parameters, body and responses, and every schema, linked together. No script and no external resource, so it
 * works offline and under a strict CSP.
 */
export function renderReference(spec: Json): string {
  const info = (spec.info ?? {}) as Json
  const operations = listOperations(spec)
  const tags = [...new Set(operations.map((o) => o.tag))]
  const schemas = ((spec.components as Json | undefined)?.schemas ?? {}) as Record<string, Schema>
  const nav = tags
    .map(
      (tag) =>
        `<li><strong>${e(tag)}</strong><ul>${operations
          .filter((o) => o.tag === tag)
          .map(
            (o) =>
              `<li><a href="#${o.anchor}"><span class="m ${o.method}">${o.method}</span> ${e(o.path)}</a></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('')
  const body = operations.map((o) => renderOperation(o)).join('')
  const models = Object.entries(schemas)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, schema]) => renderSchema(name, schema))
    .join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(String(info.title ?? 'API'))} reference</title><style>${STYLE}</style></head>
<body><nav><h1>${e(String(info.title ?? 'API'))}</h1><p class="v">v${e(String(info.version ?? ''))} · <a href="/openapi.json">openapi.json</a></p>
<ul>${nav}<li><strong>Schemas</strong><ul>${Object.keys(schemas)
    .sort()
    .map((name) => `<li><a href="#schema-${e(name)}">${e(name)}</a></li>`)
    .join('')}</ul></li></ul></nav>
<main><header><p>${inline(String(info.description ?? ''))}</p></header>${body}<h2 id="schemas">Schemas</h2>${models}</main></body></html>`
}

interface Operation {
  method: string
  path: string
  tag: string
  anchor: string
  op: Json
}

function listOperations(spec: Json): Operation[] {
  const out: Operation[] = []
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined
      if (!op) continue
      const tag = String(((op.tags as string[] | undefined) ?? ['Other'])[0])
      out.push({ method, path, tag, op, anchor: `${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}` })
    }
  }
  return out
}

function renderOperation({ method, path, anchor, op }: Operation): string {
  const secured = Array.isArray(op.security) && op.security.length > 0
  const parameters = (op.parameters ?? []) as Json[]
  const params =
    parameters.length === 0
      ? ''
      : `<h4>Parameters</h4><table><tr><th>Name</th><th>In</th><th>Type</th><th>Description</th></tr>${parameters
          .map(
            (p) =>
              `<tr><td><code>${e(String(p.name))}</code>${p.required ? ' <span class="req">required</span>' : ''}</td><td>${e(String(p.in))}</td><td>${typeOf(p.schema as Schema)}</td><td>${inline(String(p.description ?? (p.schema as Json | undefined)?.description ?? ''))}</td></tr>`,
          )
          .join('')}</table>`
  const requestBody = op.requestBody as Json | undefined
  const request = requestBody ? `<h4>Request body</h4>${renderContent(requestBody.content as Json)}` : ''
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>)
    .map(
      ([status, r]) =>
        `<tr><td><code>${e(status)}</code></td><td>${inline(String(r.description ?? ''))}</td><td>${r.content ? renderContent(r.content as Json) : ''}</td></tr>`,
    )
    .join('')
  return `<section id="${anchor}"><h3><span class="m ${method}">${method}</span> <code>${e(path)}</code>${secured ? ' <span class="lock" title="Needs Authorization: Bearer token">bearer token</span>' : ''}</h3>
<p><strong>${e(String(op.summary ?? ''))}</strong></p><p>${inline(String(op.description ?? ''))}</p>${params}${request}
<h4>Responses</h4><table><tr><th>Status</th><th>Meaning</th><th>Body</th></tr>${responses}</table></section>`
}

function renderContent(content: Json | undefined): string {
  if (!content) return ''
  return Object.entries(content)
    .map(([type, media]) => `<code>${e(type)}</code> ${typeOf((media as Json).schema as Schema)}`)
    .join('<br>')
}

function renderSchema(name: string, schema: Schema): string {
  const properties = (schema.properties ?? {}) as Record<string, Schema>
  const required = new Set((schema.required ?? []) as string[])
  const rows = Object.entries(properties)
    .map(
      ([key, value]) =>
        `<tr><td><code>${e(key)}</code>${required.has(key) ? ' <span class="req">required</span>' : ''}</td><td>${typeOf(value)}</td><td>${inline(String(value.description ?? ''))}</td></tr>`,
    )
    .join('')
  const table = rows
    ? `<table><tr><th>Field</th><th>Type</th><th>Description</th></tr>${rows}</table>`
    : `<p>${typeOf(schema)}</p>`
  return `<section id="schema-${e(name)}"><h3>${e(name)}</h3><p>${inline(String(schema.description ?? ''))}</p>${table}</section>`
}

/** A schema's type in words, with links to named schemas. */
export function typeOf(schema: Schema | undefined): string {
  if (!schema) return 'any'
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1) ?? ''
    return `<a href="#schema-${e(name)}">${e(name)}</a>`
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key] as Schema[] | undefined
    if (options) return options.map(typeOf).join(key === 'allOf' ? ' & ' : ' | ')
  }
  if (Array.isArray(schema.enum))
    return schema.enum.map((v) => `<code>${e(JSON.stringify(v))}</code>`).join(' | ')
  if (schema.const !== undefined) return `<code>${e(JSON.stringify(schema.const))}</code>`
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [String(schema.type ?? 'any')]
  return types
    .map((type) => {
      if (type === 'array') return `array of ${typeOf(schema.items as Schema)}`
      if (
        type === 'object' &&
        schema.additionalProperties &&
        typeof schema.additionalProperties === 'object'
      ) {
        return `map of ${typeOf(schema.additionalProperties as Schema)}`
      }
      const format = schema.format ? ` (${e(String(schema.format))})` : ''
      return `${e(type)}${format}`
    })
    .join(' | ')
}

/** Escapes text and turns `code` spans into <code>. */
function inline(text: string): string {
  return e(text).replace(/`([^`]+)`/g, '<code>$1</code>')
}
