import { type MediaOutlet, mediaOutlets, type OutletKind } from '../lang/ar/media.ts'
import { normalize } from '../normalize/normalize.ts'

/** An outlet as readers should see it: its name as written, never a raw host name where the outlet is known. */
export interface Outlet {
  /** The name as ingest gave it; the table's name when ingest gave none, or only a host name. */
  name: string
  /** The table's name of a known outlet (الجزيرة for الجزيرة نت); `name` otherwise. */
  outletName: string
  /** The name normalised (Arabic letters folded, Latin lower-cased, single spaces): what filters compare. */
  key: string
  /** Every form of the name the table knows (variants, headed forms), normalised as `key`. */
  forms: string[]
  /** The host the article came from, or the outlet's own, without `www.`. */
  domain: string | null
  country: string | null
  kind: OutletKind | null
  /** Whether the curated table (`lang/ar/media.ts`) knows the outlet. */
  known: boolean
}

/** The normalised form outlet names are compared by. */
export function outletKey(name: string): string {
  return normalize(name, { tehMarbuta: true }).toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Every form of an outlet's name, headed forms included (الجزيرة نت is الجزيرة). */
function formsOf(outlet: MediaOutlet): string[] {
  return [outlet.name, ...(outlet.variants ?? []), ...(outlet.headed ?? [])]
}

// Names the table gives no country are borne by several papers (الوطن, الشروق), so a name alone never makes them one
// outlet.
const byName = new Map<string, MediaOutlet>(
  mediaOutlets
    .filter((outlet) => outlet.country !== undefined)
    .flatMap((outlet) => formsOf(outlet).map((form) => [outletKey(form), outlet] as const)),
)

const byDomain = new Map<string, MediaOutlet>(
  mediaOutlets.flatMap((outlet) => (outlet.domains ?? []).map((domain) => [domain, outlet] as const)),
)

/** Outlets `registerBodies` added, merged into the tables on the first `resolveOutlet` after (their keys cost time). */
const pending: MediaOutlet[] = []

/**
 * Adds outlets to the table `resolveOutlet` reads (`registerBodies`): a name or domain the table has keeps its outlet.
 */
export function addOutlets(outlets: readonly MediaOutlet[]): void {
  pending.push(...outlets)
}

function mergePending(): void {
  for (const outlet of pending.splice(0)) {
    if (outlet.country !== undefined) {
      for (const form of formsOf(outlet)) {
        const key = outletKey(form)
        if (!byName.has(key)) byName.set(key, outlet)
      }
    }
    for (const domain of outlet.domains ?? []) {
      if (byDomain.has(domain)) continue
      byDomain.set(domain, outlet)
      const label = longLabel(domain)
      if (label !== null && !byLabel.has(label)) byLabel.set(label, outlet)
    }
  }
}

/**
 * A domain's first label, when long enough to name the outlet inside another host
 * (eremnews-fe-app-production.azurewebsites.net is eremnews.com's); null otherwise.
 */
function longLabel(domain: string): string | null {
  const label = domain.split('.')[0]!
  return label.length >= MIN_LABEL ? label : null
}

const MIN_LABEL = 6

const byLabel = new Map<string, MediaOutlet>(
  [...byDomain].flatMap(([domain, outlet]) => {
    const label = longLabel(domain)
    return label !== null ? [[label, outlet] as const] : []
  }),
)

// The WHATWG URL parser every runtime the core runs in has (Node, Workers, browsers); typed here because the core's
// build declares no runtime's globals.
const { URL: WhatwgUrl } = globalThis as unknown as { URL: new (input: string) => { hostname: string } }

/** The host of a URL or of a bare host name, lower-cased and without `www.`; null when there is none. */
export function hostOf(text: string | undefined): string | null {
  if (!text) return null
  const trimmed = text.trim().toLowerCase()
  if (!/^([a-z][a-z0-9+.-]*:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/.test(trimmed)) return null
  try {
    const host = new WhatwgUrl(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname
    return host.replace(/^www\./, '') || null
  } catch {
    return null
  }
}

function outletOfHost(host: string): MediaOutlet | undefined {
  const labels = host.split('.')
  for (let i = 0; i < labels.length - 1; i++) {
    const outlet = byDomain.get(labels.slice(i).join('.'))
    if (outlet) return outlet
  }
  for (const part of host.split(/[.-]/)) {
    const outlet = byLabel.get(part)
    if (outlet) return outlet
  }
  return undefined
}

/**
 * Who published an article, from what ingest was told (`source: { name, url }`) and the curated table of outlets:
 * a name or host the table knows gives its outlet's name, domain, country and kind; otherwise the name as given,
 * or the host when the name is missing or is itself a host name. Null when nothing names the outlet.
 */
export function resolveOutlet(source: {
  name?: string | undefined
  url?: string | undefined
}): Outlet | null {
  if (pending.length > 0) mergePending()
  const name = source.name?.trim() || undefined
  const nameHost = hostOf(name)
  const host = hostOf(source.url) ?? nameHost
  const outlet =
    (name !== undefined && nameHost === null ? byName.get(outletKey(name)) : undefined) ??
    (host !== null ? outletOfHost(host) : undefined)
  if (outlet) {
    return {
      name: name !== undefined && nameHost === null ? name : outlet.name,
      outletName: outlet.name,
      key: outletKey(outlet.name),
      forms: [...new Set(formsOf(outlet).map(outletKey))],
      domain: host !== null && outletOfHost(host) === outlet ? host : (outlet.domains?.[0] ?? host),
      country: outlet.country ?? null,
      kind: outlet.kind,
      known: true,
    }
  }
  const shown = name !== undefined && nameHost === null ? name : host
  if (shown === null) return null
  const key = outletKey(shown)
  return {
    name: shown,
    outletName: shown,
    key,
    forms: [key],
    domain: host,
    country: null,
    kind: null,
    known: false,
  }
}
