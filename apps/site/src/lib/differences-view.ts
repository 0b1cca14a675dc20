import type { Coverage, Difference } from '@marsad/core'

/** One wording of a difference's detail and the values (outlets) that wrote it. */
export type Wording = { text: string; value?: string; by: Difference['values'] }

export type DifferenceItem = {
  kind: Difference['kind']
  subject: string
  /** The most written first, at most `maxWordings`. */
  wordings: Wording[]
  /** Wordings left out. */
  more: number
}

export type DifferencesView = {
  /** Disagreements shown as such. */
  shown: DifferenceItem[]
  /** Possible disagreements (`tentative`), of kinds often wrong on text the rules have not seen: listed apart. */
  tentative: DifferenceItem[]
}

/**
 * Splits a coverage's differences into those shown and the tentative ones, each as its distinct wordings with the
 * outlets that wrote them.
 */
export function differencesView(coverage: Coverage, maxWordings: number): DifferencesView {
  const item = (difference: Difference): DifferenceItem => {
    const wordings = new Map<string, Wording>()
    for (const value of difference.values) {
      const key = value.value ?? value.text
      const wording = wordings.get(key) ?? {
        text: value.text,
        ...(value.value && { value: value.value }),
        by: [],
      }
      wording.by.push(value)
      wordings.set(key, wording)
    }
    const all = [...wordings.values()].sort((a, b) => b.by.length - a.by.length)
    return {
      kind: difference.kind,
      subject: difference.subject,
      wordings: all.slice(0, maxWordings),
      more: Math.max(0, all.length - maxWordings),
    }
  }
  return {
    shown: coverage.differences.filter((difference) => difference.tentative !== true).map(item),
    tentative: coverage.differences.filter((difference) => difference.tentative === true).map(item),
  }
}
