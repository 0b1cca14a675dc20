// The training commands write the shipped weights when given no option, so an option one of them does not know (a
// typo, `--help`) must stop it before it reads or writes anything.

/** Exits, saying which options `command` takes and what it does with none, when the command line names another. */
export function refuseUnknownOptions(command: string, options: readonly string[], withNone: string): void {
  const unknown = process.argv.slice(2).find((arg) => arg.startsWith('--') && !options.includes(arg))
  if (unknown === undefined) return
  console.error(`${command}: no option ${unknown}. Options: ${options.join(' ')}.\nWith none it ${withNone}.`)
  process.exit(unknown === '--help' ? 0 : 2)
}

/**
 * The development batches `flag` names (`--only real-1,real-3`), in the order given; null when the command line
 * does not name it. Stops at a name outside `development` (a held-out batch must never be opened by training), and
 * at a flag with no list after it, which would otherwise train on nothing.
 */
export function namedBatches<Name extends string>(flag: string, development: readonly Name[]): Name[] | null {
  const at = process.argv.indexOf(flag)
  if (at < 0) return null
  const list = process.argv[at + 1]
  if (list === undefined || list.startsWith('--')) throw new Error(`${flag}: give a list of batches, a,b,…`)
  const names = list.split(',').filter((name) => name !== '')
  for (const name of names)
    if (!(development as readonly string[]).includes(name))
      throw new Error(`${name}: not a development batch`)
  return names as Name[]
}
