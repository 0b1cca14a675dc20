#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { registerWordLists } from '@marsad/core/lists'
import { type CommandOptions, escapeControls, Run } from './command.ts'
import { analyze } from './commands/analyze.ts'
import { compare } from './commands/compare.ts'
import { stories } from './commands/stories.ts'
import { Terminal } from './terminal.ts'

const USAGE = `usage: marsad <command> [options] <inputs...>

commands:
  analyze <file.txt|file.jsonl|dir|->...
                                        parse articles and print the Article model as JSON, one object per line,
                                        each as soon as it is parsed
  stories <dir|file.jsonl|file.txt|->...
                                        group the articles into stories and print { "stories": Story[] }
                                        (articles taken in publication order)
  compare <file> <file>...              compare two or more articles on one story and print the Coverage:
                                        shared facts, unique sentences, quote variants, differences, titles given

inputs: .txt files (one article; its id is the file name), .jsonl files (one {id, text, title?, source?,
publishedAt?} object per line, read line by line), folders of such files, or - for standard input.

options:
  --pretty       indented JSON for people
  --jsonl        read standard input as JSON lines rather than plain text
  -q, --quiet    no progress line (it is shown only when standard error is a terminal)
  -v, --version  the version of marsad
  -h, --help     this help

Problems (a missing file, a bad JSON line) go to standard error and make the exit code 1; the rest is still read.
NO_COLOR turns colour off.`

const COMMANDS = { analyze, stories, compare } as const

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  return manifest.version as string
}

async function main(argv: string[]): Promise<number> {
  registerWordLists()
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pretty: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      version: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, ...inputs] = positionals
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (values.version) {
    process.stdout.write(`marsad ${version()}\n`)
    return 0
  }
  if (command === undefined) {
    process.stdout.write(`${USAGE}\n`)
    return 2
  }
  const terminal = new Terminal(process.stderr, { quiet: values.quiet, env: process.env })
  if (!Object.hasOwn(COMMANDS, command)) {
    terminal.problem(
      `unknown command "${escapeControls(command)}"; the commands are ${Object.keys(COMMANDS).join(', ')} (marsad --help)`,
    )
    return 2
  }
  if (inputs.length === 0) {
    terminal.problem(`${escapeControls(command)}: give at least one input file, folder or -`)
    return 2
  }
  const options: CommandOptions = { pretty: values.pretty, jsonl: values.jsonl }
  const run = new Run(options, terminal)
  await COMMANDS[command as keyof typeof COMMANDS](inputs, run)
  return run.problems > 0 ? 1 : 0
}

// A reader that stops early (`marsad analyze big.jsonl | head`) is no failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `marsad: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`,
    )
    process.exitCode = 2
  },
)
