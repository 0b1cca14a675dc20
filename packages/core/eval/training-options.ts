// The training commands write the shipped weights when given no option, so an option one of them does not know (a
// typo, `--help`) must stop it before it reads or writes anything.

/** Exits, saying which options `command` takes and what it does with none, when the command line names another. */
export function refuseUnknownOptions(command: string, options: readonly string[], withNone: string): void {
  const unknown = process.argv.slice(2).find((arg) => arg.startsWith('--') && !options.includes(arg))
  if (unknown === undefined) return
  console.error(`${command}: no option ${unknown}. Options: ${options.join(' ')}.\nWith none it ${withNone}.`)
  process.exit(unknown === '--help' ? 0 : 2)
}
