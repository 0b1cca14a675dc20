import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seeds } from './testing.ts'

// @marsad/core, @marsad/web and @marsad/cli as someone outside the repository gets them: packed by npm and by pnpm,
// linted by publint and arethetypeswrong, installed with npm into an empty project (zod and htmlparser2 come from the
// registry), then used.
// Packing rewrites a package's package.json for a moment (scripts/pack.ts), so it happens in a copy of the two
// packages: the workspace's own manifests stay as they are for the tests running beside this one.

const run = promisify(execFile)
const root = join(import.meta.dirname, '../../..')
const PACKAGES = ['core', 'web', 'cli'] as const
// Packing builds with tsc and installing fetches zod: slow on a loaded machine, and not what is tested here.
const SLOW = 600_000

/** The environment for npm: pnpm's own `npm_*` variables (a user agent, its config) would steer npm otherwise. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: `${dirname(process.execPath)}:${process.env.PATH}` }
  const kept = /^npm_config_(registry|cache|userconfig|proxy|https_proxy|noproxy|strict_ssl|cafile)$/i
  for (const [key, value] of Object.entries(process.env)) {
    if (key !== 'PATH' && (!/^npm_/i.test(key) || kept.test(key))) env[key] = value
  }
  return env
}

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', args, { cwd, env: npmEnv(), maxBuffer: 64 << 20 })
  return stdout
}

// A page written for the test: its body, with a subheading, among a menu.
const PAGE =
  '<html lang="ar"><head><meta charset="utf-8"><title>عنوان الخبر</title></head><body><nav><a href="/">الرئيسية</a></nav>' +
  '<article><h1>عنوان الخبر</h1><p>افتتح رئيس البلدية، صباح الأحد، الجسر الجديد فوق النهر بعد عامين من العمل.</p>' +
  '<h2>خطة النقل</h2><p>وقال المهندس المسؤول إن الجسر سيخفف الزحام عن وسط المدينة، ويختصر الطريق.</p></article></body></html>'

let work: string
const tarballs = { npm: {} as Record<string, string>, pnpm: {} as Record<string, string> }

function manifestOf(tarball: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(unpack(tarball), 'package.json'), 'utf8'))
}

function unpack(tarball: string): string {
  const into = `${tarball}.d`
  mkdirSync(into, { recursive: true })
  return join(into, 'package')
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'marsad-packages-'))
  const stage = join(work, 'repo')
  for (const file of [
    'LICENSE',
    'pnpm-workspace.yaml',
    'tsconfig.base.json',
    'package.json',
    'scripts/pack.ts',
  ]) {
    cpSync(join(root, file), join(stage, file))
  }
  for (const name of PACKAGES) {
    const from = join(root, 'packages', name)
    cpSync(from, join(stage, 'packages', name), {
      recursive: true,
      filter: (source) => !/\/(node_modules|dist|\.turbo)$/.test(source),
    })
    symlinkSync(join(from, 'node_modules'), join(stage, 'packages', name, 'node_modules'))
  }
  for (const name of PACKAGES) {
    const dir = join(stage, 'packages', name)
    for (const packer of ['npm', 'pnpm'] as const) {
      const out = join(work, packer)
      mkdirSync(out, { recursive: true })
      if (packer === 'npm') await npm(['pack', '--pack-destination', out], dir)
      else await run('pnpm', ['pack', '--pack-destination', out], { cwd: dir })
      const tarball = join(out, `marsad-${name}-0.1.0.tgz`)
      await run('tar', ['-xzf', tarball, '-C', dirname(unpack(tarball))])
      tarballs[packer][name] = tarball
    }
  }
}, SLOW)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
}, SLOW)

describe('the published packages', () => {
  it('name built JavaScript with its types, and versions rather than workspace references', () => {
    for (const packer of ['npm', 'pnpm'] as const) {
      const core = manifestOf(tarballs[packer].core!)
      expect(core.exports).toMatchObject({ '.': { types: './dist/index.d.ts', default: './dist/index.js' } })
      expect(core).toMatchObject({ main: './dist/index.js', types: './dist/index.d.ts', license: 'MIT' })
      expect(core.engines).toEqual({ node: expect.any(String) })
      const cli = manifestOf(tarballs[packer].cli!)
      expect(cli.bin).toEqual({ marsad: './dist/main.js' })
      expect(cli.private).toBeUndefined()
      expect(cli.dependencies).toEqual({ '@marsad/core': '0.1.0', '@marsad/web': '0.1.0' })
      const web = manifestOf(tarballs[packer].web!)
      expect(web.exports).toMatchObject({ '.': { types: './dist/index.d.ts', default: './dist/index.js' } })
      expect(web.dependencies).toMatchObject({
        '@marsad/core': '0.1.0',
        htmlparser2: expect.stringMatching(/^\^\d/),
      })
      for (const manifest of [core, web, cli]) {
        expect(JSON.stringify(manifest)).not.toMatch(/"(catalog|workspace):/)
      }
    }
    for (const name of PACKAGES) {
      const files = readFileSync(join(unpack(tarballs.npm[name]!), 'LICENSE'), 'utf8')
      expect(files).toMatch(/The Marsad authors/)
    }
  })

  it('pass publint, and arethetypeswrong for the core and web', async () => {
    for (const name of PACKAGES) {
      const tarball = readFileSync(tarballs.npm[name]!)
      const { messages, pkg } = await publint({
        pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.length) },
        level: 'suggestion',
      })
      expect(messages.map((message) => `${name}: ${formatMessage(message, pkg)}`)).toEqual([])
    }
    // ESM only, as the core is: a CommonJS `require` of it is Node's affair, not a fault of its types.
    for (const name of ['core', 'web']) {
      const attw = await run(
        join(import.meta.dirname, '../node_modules/.bin/attw'),
        [tarballs.npm[name]!, '--profile', 'esm-only', '--format', 'ascii'],
        { maxBuffer: 16 << 20 },
      ).catch((error) => error)
      expect(attw.code ?? 0, `${name}: ${attw.stdout}${attw.stderr}`).toBe(0)
    }
  })

  it(
    'install with npm and work from Node, from a bundler and as the marsad command',
    async () => {
      const project = join(work, 'project')
      mkdirSync(project)
      writeFileSync(
        join(project, 'package.json'),
        '{ "name": "try-marsad", "private": true, "type": "module" }\n',
      )
      await npm(
        [
          'install',
          '--no-audit',
          '--no-fund',
          '--no-package-lock',
          tarballs.npm.core!,
          tarballs.npm.web!,
          tarballs.npm.cli!,
        ],
        project,
      )
      const program = `import { normalize, parseArticle } from '@marsad/core'
import { parseHtmlArticle } from '@marsad/web'
const article = parseArticle({ id: 'x', text: 'قال الوزير إن المفاوضات «بنّاءة».' })
const page = parseHtmlArticle(${JSON.stringify(PAGE)}, 'https://news.example/1')
console.log(JSON.stringify({ sentences: article.sentences.length, quotes: article.quotes.length, folded: normalize('أَحْمَد'), page: page.blocks.map((b) => b.kind) }))
`
      writeFileSync(join(project, 'program.mjs'), program)
      writeFileSync(join(project, 'page.html'), PAGE)
      const expected = {
        sentences: 1,
        quotes: 1,
        folded: 'احمد',
        page: ['paragraph', 'heading', 'paragraph'],
      }

      const fromNode = await run(process.execPath, ['program.mjs'], { cwd: project })
      expect(JSON.parse(fromNode.stdout)).toEqual(expected)

      await build({
        entryPoints: [join(project, 'program.mjs')],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        outfile: join(project, 'bundle.mjs'),
        logLevel: 'silent',
      })
      const fromBundle = await run(process.execPath, ['bundle.mjs'], { cwd: project })
      expect(JSON.parse(fromBundle.stdout)).toEqual(expected)

      const bin = join(project, 'node_modules/.bin/marsad')
      const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` }
      const analyzed = await run(bin, ['analyze', seeds], { cwd: project, env, maxBuffer: 64 << 20 })
      expect(
        analyzed.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line).id),
      ).toEqual(['000_c46bd0adb6ed7856', '003_52349cd9e965743e'])
      const page = await run(bin, ['analyze', 'page.html'], { cwd: project, env })
      expect(JSON.parse(page.stdout)).toMatchObject({ id: 'page', title: 'عنوان الخبر' })
      const { version } = manifestOf(tarballs.npm.cli!)
      expect((await run(bin, ['--version'], { cwd: project, env })).stdout).toBe(`marsad ${version}\n`)
      const stories = await run(bin, ['stories', seeds], { cwd: project, env, maxBuffer: 64 << 20 })
      expect(JSON.parse(stories.stdout).stories).toHaveLength(1)
    },
    SLOW,
  )
})
