/** A named group of texts whose outputs an A/B bench compares. */
export interface TextGroup {
  name: string
  texts: readonly string[]
}

/**
 * Compares, for every text of every group, the output of a revision's code and the working tree's (each already made
 * one string); prints each group's count of identical outputs and the first few that differ, and sets the exit code
 * to 1 when any differs. Timing stays apart: a bench times first, since thousands of texts slow both sides unevenly.
 */
export function compareOutputs(
  groups: readonly TextGroup[],
  before: (text: string) => string,
  after: (text: string) => string,
  commit: string,
): void {
  let differing = 0
  for (const group of groups) {
    let same = 0
    for (const [index, text] of group.texts.entries()) {
      if (before(text) === after(text)) same++
      else if (differing++ < 5) console.log(`differs: ${group.name}, text ${index}`)
    }
    console.log(`${group.name}: ${same} of ${group.texts.length} outputs identical`)
  }
  if (differing > 0) {
    console.log(`${differing} outputs differ from ${commit.slice(0, 7)}'s`)
    process.exitCode = 1
  }
}
