#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { type CommandOptions, type CommandResult, escapeControls, formatError } from './command.ts'
import { analyze } from './commands/analyze.ts'
import { compare } from './commands/compare.ts'
import { stories } from './commands/stories.ts'

const USAGE = `usage: marsad <command> [options] <inputs...>

commands:
  analyze <file.txt|file.jsonl|dir|->   parse articles and print the Article model as JSON
                                        (one JSON object per line for several articles)
  stories <dir|file.jsonl|file.txt|->...
                                        group the articles into stories and print { "stories": Story[] }
                                        (articles taken in publication order)
  compare <file> <file>...              compare two or more articles on one story and print the Coverage:
                                        shared facts, unique sentences, quote variants, differences, titles given

inputs: .txt files (one article; its id is the file name), .jsonl files (one {id, text, title?, source?,
publishedAt?} object per line), folders of such files, or - for standard input.

options:
  --pretty    indented JSON for people
  --jsonl     read standard input as JSON lines rather than plain text
  -h, --help  this help`

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pretty: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, ...inputs] = positionals
  if (values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`)
    return values.help ? 0 : 2
  }
  if (inputs.length === 0)
    return fail(`marsad ${escapeControls(command)}: give at least one input file, folder or -`)
  const options: CommandOptions = { pretty: values.pretty, jsonl: values.jsonl }
  let result: CommandResult
  switch (command) {
    case 'analyze':
      result = await analyze(inputs, options)
      break
    case 'stories':
      result = await stories(inputs, options)
      break
    case 'compare':
      result = await compare(inputs, options)
      break
    default:
      return fail(`marsad: unknown command "${escapeControls(command)}"\n\n${USAGE}`)
  }
  for (const line of result.output) process.stdout.write(`${line}\n`)
  for (const error of result.errors) process.stderr.write(`${formatError(error)}\n`)
  return result.errors.length > 0 ? 1 : 0
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`)
  return 2
}

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
