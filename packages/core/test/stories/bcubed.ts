/** B-cubed precision, recall and F1 (Bagga and Baldwin 1998) of a clustering against gold labels. */
export interface BCubed {
  precision: number
  recall: number
  f1: number
}

/** `predicted` and `gold` map each item to its cluster label; both must cover the same items. */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const byPredicted = groupBy(predicted)
  const byGold = groupBy(gold)
  let precision = 0
  let recall = 0
  for (const [item, label] of gold) {
    const cluster = byPredicted.get(predicted.get(item) ?? '')
    const truth = byGold.get(label)!
    if (cluster === undefined) throw new Error(`item ${item} has no predicted cluster`)
    let both = 0
    for (const other of cluster) if (gold.get(other) === label) both++
    precision += both / cluster.length
    recall += both / truth.length
  }
  precision /= gold.size
  recall /= gold.size
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  }
}

function groupBy(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const [item, label] of labels) {
    const group = groups.get(label)
    if (group === undefined) groups.set(label, [item])
    else group.push(item)
  }
  return groups
}
