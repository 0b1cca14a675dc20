import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { ArticleInput } from '@marsad/core'

/**
 * Reads article inputs from files and folders: a `.txt` file is one article whose id is its file name without the
 * extension; a `.jsonl` file holds one `{ text, id?, title?, source?, publishedAt? }` object per line; a `.json`
 * file holds one such object or an array of them. Folders are read one level deep, in name order.
 */
export function readCorpus(paths: readonly string[]): ArticleInput[] {
  const inputs: ArticleInput[] = []
  for (const path of paths) {
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .sort()
          .map((name) => join(path, name))
          .filter((file) => statSync(file).isFile())
      : [path]
    for (const file of files) inputs.push(...readFile(file))
  }
  return inputs
}

function readFile(file: string): ArticleInput[] {
  const extension = extname(file).toLowerCase()
  const content = readFileSync(file, 'utf8')
  if (extension === '.txt') return [{ id: basename(file, extname(file)), text: content }]
  if (extension === '.jsonl') {
    return content
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => parseJson(line, `${file}:${index + 1}`) as ArticleInput)
  }
  if (extension === '.json') {
    const value = parseJson(content, file)
    return (Array.isArray(value) ? value : [value]) as ArticleInput[]
  }
  return []
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${(error as Error).message})`)
  }
}
