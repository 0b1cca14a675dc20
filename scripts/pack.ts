// `prepack` and `postpack` of the published packages (@marsad/core, @marsad/cli): `npm pack`, `npm publish`,
// `pnpm pack` and `pnpm publish` all run them in the package's folder.
//
// Inside the workspace a package exports its TypeScript sources and names shared versions as `catalog:` and
// siblings as `workspace:*`. pnpm rewrites those when it packs; npm does not, and would ship a package no one can
// install. So `prepack` builds `dist` afresh with tsc, keeps the workspace's package.json as package.json.workspace,
// and writes the manifest as published: the `publishConfig` fields (exports, bin, main, types …) in place of the
// workspace's, `catalog:` and `workspace:` replaced by versions; it also copies the repository's LICENSE in, since
// a package carries only its own folder. `postpack` puts the workspace's manifest back and the copy away. A
// pack that stops in between leaves package.json.workspace, which the next `prepack` or `postpack` restores first.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const dir = process.cwd()
const manifestFile = join(dir, 'package.json')
const workspaceFile = join(dir, 'package.json.workspace')

/** `publishConfig` keys that configure the registry rather than replace a manifest field. */
const REGISTRY_SETTINGS = new Set(['access', 'registry', 'tag', 'provenance', 'directory'])
const DEPENDENCY_FIELDS = [
  'dependencies',
  'peerDependencies',
  'optionalDependencies',
  'devDependencies',
] as const

type Manifest = Record<string, unknown> & {
  name: string
  version: string
  publishConfig?: Record<string, unknown>
}

/** The manifest as published, from the workspace's. */
export function publishedManifest(
  manifest: Manifest,
  catalog: ReadonlyMap<string, string>,
  workspaceVersions: ReadonlyMap<string, string>,
): Manifest {
  const published: Manifest = structuredClone(manifest)
  const { publishConfig = {} } = published
  const settings: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(publishConfig)) {
    if (REGISTRY_SETTINGS.has(key)) settings[key] = value
    else published[key] = value
  }
  if (Object.keys(settings).length > 0) published.publishConfig = settings
  else delete published.publishConfig
  for (const field of DEPENDENCY_FIELDS) {
    const dependencies = published[field] as Record<string, string> | undefined
    if (!dependencies) continue
    for (const [name, spec] of Object.entries(dependencies)) {
      dependencies[name] = resolveSpec(name, spec, catalog, workspaceVersions)
    }
  }
  return published
}

function resolveSpec(
  name: string,
  spec: string,
  catalog: ReadonlyMap<string, string>,
  workspaceVersions: ReadonlyMap<string, string>,
): string {
  if (spec === 'catalog:' || spec === 'catalog:default') {
    const version = catalog.get(name)
    if (!version) throw new Error(`${name}: "catalog:" but pnpm-workspace.yaml's catalog has no ${name}`)
    return version
  }
  if (spec.startsWith('catalog:')) throw new Error(`${name}: named catalogs (${spec}) are not supported`)
  if (spec.startsWith('workspace:')) {
    const version = workspaceVersions.get(name)
    if (!version) throw new Error(`${name}: "${spec}" but no workspace package is named ${name}`)
    // As pnpm publishes them: workspace:* the exact version, workspace:^ and workspace:~ with their range.
    const range = spec.slice('workspace:'.length)
    return range === '*' ? version : range === '^' || range === '~' ? `${range}${version}` : range
  }
  return spec
}

/** The default catalog of pnpm-workspace.yaml: the `catalog:` block's `name: version` lines. */
export function readCatalog(yaml: string): Map<string, string> {
  const catalog = new Map<string, string>()
  let inCatalog = false
  for (const line of yaml.split('\n')) {
    if (/^catalog:\s*$/.test(line)) {
      inCatalog = true
      continue
    }
    if (!inCatalog || line.trim() === '' || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) break
    const entry = /^\s+(["']?)([^"':]+)\1:\s*(["']?)([^"'#]+?)\3\s*(#.*)?$/.exec(line)
    if (entry) catalog.set(entry[2]!, entry[4]!)
  }
  return catalog
}

function workspaceVersions(): Map<string, string> {
  const versions = new Map<string, string>()
  for (const group of ['packages', 'apps']) {
    if (!existsSync(join(root, group))) continue
    for (const name of readdirSync(join(root, group))) {
      const file = join(root, group, name, 'package.json')
      if (!existsSync(file)) continue
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest
      versions.set(manifest.name, manifest.version)
    }
  }
  return versions
}

function restore(): void {
  if (existsSync(workspaceFile)) renameSync(workspaceFile, manifestFile)
  rmSync(join(dir, 'LICENSE'), { force: true })
}

function prepack(): void {
  restore()
  const text = readFileSync(manifestFile, 'utf8')
  rmSync(join(dir, 'dist'), { recursive: true, force: true })
  execFileSync('tsc', ['-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' })
  const catalog = readCatalog(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8'))
  const published = publishedManifest(JSON.parse(text) as Manifest, catalog, workspaceVersions())
  writeFileSync(workspaceFile, text)
  writeFileSync(manifestFile, `${JSON.stringify(published, null, 2)}\n`)
  copyFileSync(join(root, 'LICENSE'), join(dir, 'LICENSE'))
}

if (import.meta.main) {
  const phase = process.argv[2]
  if (phase === 'prepack') prepack()
  else if (phase === 'postpack') restore()
  else {
    console.error('usage: node scripts/pack.ts prepack|postpack (in a package folder)')
    process.exitCode = 2
  }
}
