import {
  ALEF,
  ALEF_HAMZA_ABOVE,
  ALEF_HAMZA_BELOW,
  ALEF_MADDA,
  ALEF_MAKSURA,
  ALEF_WASLA,
  ALEF_WAVY_HAMZA_ABOVE,
  ALEF_WAVY_HAMZA_BELOW,
  FARSI_YEH,
  HAMZA,
  HAMZA_ABOVE,
  HAMZA_BELOW,
  HEH,
  HEH_YEH,
  HIGH_HAMZA_ALEF,
  isArabicIndicDigit,
  isArabicMark,
  isInvisible,
  KAF,
  KEHEH,
  MADDA_ABOVE,
  TATWEEL,
  TEH_MARBUTA,
  WAW,
  WAW_HAMZA,
  YEH,
  YEH_HAMZA,
} from './arabic-letters.ts'

export interface NormalizeOptions {
  /** أ إ آ ٱ → ا. Default true. */
  alef?: boolean
  /** ى → ي (alef maksura written as yeh, as most outlets mix them). Default true. */
  yeh?: boolean
  /** ة → ه. Default false: ة carries meaning the stemmer uses. */
  tehMarbuta?: boolean
  /** ؤ ئ → ء, so that مسؤول and مسئول meet. Default false. */
  hamzaCarriers?: boolean
  /** Harakat, tanwin, shadda, sukun, dagger alef (U+0670) and Quranic marks removed. Default true. */
  diacritics?: boolean
  /** Tatweel (ـ) removed. Default true. */
  tatweel?: boolean
  /** Arabic-Indic and Extended Arabic-Indic digits → ASCII, ٫ → . and ٬ → , . Default false. */
  digits?: boolean
  /** Bidi controls, zero-width characters, BOM and soft hyphen removed. Default true. */
  invisible?: boolean
  /** Persian/Urdu letter variants (ک ی) and presentation forms (ﻻ ﺃ …) folded to the standard letters. Default true. */
  letterVariants?: boolean
}

export interface NormalizedText {
  text: string
  /** `offsets[i]` is the index in the source of the character that produced output character `i`; one extra entry holds the source length. */
  offsets: Uint32Array
}

export const KEEP = -1
export const DROP = -2
export const EXPAND = -3

interface Plan {
  /** Per UTF-16 code unit: KEEP, DROP, EXPAND (see `expansions`; none yet: to be resolved) or the replacement code unit. */
  actions: Int32Array
  expansions: Map<number, string>
  options: Required<NormalizeOptions>
}

const DEFAULTS: Required<NormalizeOptions> = {
  alef: true,
  yeh: true,
  tehMarbuta: false,
  hamzaCarriers: false,
  diacritics: true,
  tatweel: true,
  digits: false,
  invisible: true,
  letterVariants: true,
}

const plans = new Map<string, Plan>()
// Callers pass the same options object again and again (often a module constant); the plan is found by identity first.
const plansByObject = new WeakMap<NormalizeOptions, Plan>()
let defaultPlan: Plan | undefined

function planFor(options: NormalizeOptions | undefined): Plan {
  if (options === undefined) {
    defaultPlan ??= planForKey(DEFAULTS)
    return defaultPlan
  }
  let plan = plansByObject.get(options)
  if (!plan) {
    plan = planForKey({ ...DEFAULTS, ...options })
    plansByObject.set(options, plan)
  }
  return plan
}

function planForKey(full: Required<NormalizeOptions>): Plan {
  const key = Object.values(full)
    .map((on) => (on ? '1' : '0'))
    .join('')
  let plan = plans.get(key)
  if (!plan) {
    plan = buildPlan(full)
    plans.set(key, plan)
  }
  return plan
}

/** Code units `normalize` may change but presentation forms: the Arabic blocks and invisible formatting characters. */
const CHANGEABLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x0600, 0x08ff],
  [0x200b, 0x206f],
  [0xfeff, 0xfeff],
]

// Building a plan visits only the code units it may change, so that a Worker's cold start does not pay for 65,536
// per option set. Presentation forms start as EXPAND with no expansion yet and are worked out when a text first holds
// one (`resolvePresentationForm`): NFKC over the 1,100 of them is most of a plan's cost.
function buildPlan(options: Required<NormalizeOptions>): Plan {
  const actions = new Int32Array(0x10000).fill(KEEP)
  for (const [from, to] of CHANGEABLE) {
    for (let code = from; code <= to; code++) actions[code] = actionOf(code, options)
  }
  if (options.letterVariants) {
    actions.fill(EXPAND, 0xfb50, 0xfe00)
    actions.fill(EXPAND, 0xfe70, 0xfefd)
  }
  return { actions, expansions: new Map(), options }
}

function actionOf(code: number, options: Required<NormalizeOptions>): number {
  if (options.invisible && isInvisible(code)) return DROP
  if (options.tatweel && code === TATWEEL) return DROP
  if (options.diacritics && isArabicMark(code) && !isCombiningHamzaOrMadda(code)) return DROP
  if (options.digits && isArabicIndicDigit(code))
    return 0x30 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660)
  if (options.digits && code === 0x066b) return 0x2e
  if (options.digits && code === 0x066c) return 0x2c
  const folded = fold(code, options)
  return folded === code ? KEEP : folded
}

function fold(code: number, options: Required<NormalizeOptions>): number {
  if (
    options.alef &&
    (code === ALEF_HAMZA_ABOVE ||
      code === ALEF_HAMZA_BELOW ||
      code === ALEF_MADDA ||
      code === ALEF_WASLA ||
      code === ALEF_WAVY_HAMZA_ABOVE ||
      code === ALEF_WAVY_HAMZA_BELOW ||
      code === HIGH_HAMZA_ALEF)
  )
    return ALEF
  if (options.yeh && code === ALEF_MAKSURA) return YEH
  if (options.tehMarbuta && code === TEH_MARBUTA) return HEH
  if (options.hamzaCarriers && (code === WAW_HAMZA || code === YEH_HAMZA)) return HAMZA
  if (options.letterVariants && code === KEHEH) return KAF
  if (options.letterVariants && code === FARSI_YEH) return YEH
  return code
}

/** Presentation forms are what old PDFs and some scrapers emit; NFKC gives the letters they stand for. */
function resolvePresentationForm(plan: Plan, code: number): void {
  const expanded = String.fromCharCode(code).normalize('NFKC')
  const folded = expanded === String.fromCharCode(code) ? expanded : normalizeLetters(expanded, plan.options)
  if (folded.length > 1) plan.expansions.set(code, folded)
  else
    plan.actions[code] =
      folded.length === 0 ? DROP : folded.charCodeAt(0) === code ? KEEP : folded.charCodeAt(0)
}

/** Folds an NFKC expansion with the same rules: the marks and tatweel some presentation forms carry go too. */
function normalizeLetters(text: string, options: Required<NormalizeOptions>): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (options.diacritics && isArabicMark(code)) continue
    if (options.tatweel && code === TATWEEL) continue
    if (options.invisible && isInvisible(code)) continue
    out += String.fromCharCode(fold(code, options))
  }
  return out
}

function isCombiningHamzaOrMadda(code: number): boolean {
  return code === MADDA_ABOVE || code === HAMZA_ABOVE || code === HAMZA_BELOW
}

/** The precomposed letter for a base letter followed by a combining hamza or madda (what NFC does), or 0. */
function compose(base: number, mark: number): number {
  if (base === ALEF) {
    if (mark === MADDA_ABOVE) return ALEF_MADDA
    if (mark === HAMZA_ABOVE) return ALEF_HAMZA_ABOVE
    if (mark === HAMZA_BELOW) return ALEF_HAMZA_BELOW
  }
  if (mark !== HAMZA_ABOVE) return 0
  if (base === WAW) return WAW_HAMZA
  if (base === YEH || base === ALEF_MAKSURA || base === FARSI_YEH) return YEH_HAMZA
  if (base === HEH || base === 0x06d5) return HEH_YEH
  return 0
}

/**
 * Normalises Arabic text for matching: one spelling for letters that outlets write in several ways, with marks and
 * invisible characters removed. Idempotent. Non-Arabic text passes through unchanged (but for invisible characters).
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  return run(text, planFor(options), false).text
}

/**
 * What the default `normalize` does to each UTF-16 code unit: `KEEP`, `DROP`, `EXPAND` (a presentation form, worked
 * out on first sight) or the replacement code unit. Combining hamza and madda (U+0653–U+0655) compose with the letter
 * before them and are not described by the table. For scanners that normalise as they go.
 */
export function defaultNormalization(): Int32Array {
  return planFor(undefined).actions
}

/** `normalize`, also telling for each output character where it came from in the source. */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions): NormalizedText {
  return run(text, planFor(options), true)
}

const EMPTY_OFFSETS: Uint32Array = new Uint32Array(0)

function run(text: string, plan: Plan, withOffsets: boolean): NormalizedText {
  const { actions, expansions, options } = plan
  const length = text.length
  let i = 0
  // Fast path: most of a text is usually already normal, and then the input string is returned as it is.
  for (; i < length; i++) {
    const code = text.charCodeAt(i)
    if (actions[code] !== KEEP || isCombiningHamzaOrMadda(code)) break
  }
  if (i === length) {
    return { text, offsets: withOffsets ? identityOffsets(length) : EMPTY_OFFSETS }
  }
  // Output never grows but through presentation-form ligatures; those grow the buffers on demand.
  let out: Uint16Array = new Uint16Array(length + 16)
  let offsets: Uint32Array = withOffsets ? new Uint32Array(length + 17) : EMPTY_OFFSETS
  let n = 0
  for (let k = 0; k < i; k++) {
    out[n] = text.charCodeAt(k)
    if (withOffsets) offsets[n] = k
    n++
  }
  // The letter before any marks: a combining hamza or madda composes with it.
  let lastBaseRaw = 0
  let lastBaseAt = -1
  for (let k = n - 1; k >= 0; k--) {
    if (isArabicMark(out[k]!)) continue
    lastBaseRaw = out[k]!
    lastBaseAt = k
    break
  }
  for (; i < length; i++) {
    const code = text.charCodeAt(i)
    if (isCombiningHamzaOrMadda(code)) {
      const composed = lastBaseAt >= 0 ? compose(lastBaseRaw, code) : 0
      if (composed !== 0) {
        const action = actions[composed]
        out[lastBaseAt] = action === KEEP ? composed : action
        lastBaseRaw = composed
        continue
      }
      if (options.diacritics) continue
      out[n] = code
      if (withOffsets) offsets[n] = i
      n++
      continue
    }
    const action = actions[code]
    if (action === DROP) continue
    if (action === EXPAND) {
      const expanded = expansions.get(code)
      if (expanded === undefined) {
        resolvePresentationForm(plan, code)
        i--
        continue
      }
      if (n + expanded.length + 1 >= out.length) {
        const capacity = out.length * 2 + expanded.length
        out = grow(out, capacity) as Uint16Array
        if (withOffsets) offsets = grow(offsets, capacity + 1) as Uint32Array
      }
      for (let k = 0; k < expanded.length; k++) {
        out[n] = expanded.charCodeAt(k)
        if (withOffsets) offsets[n] = i
        n++
      }
      lastBaseAt = -1
      continue
    }
    out[n] = action === KEEP ? code : action
    if (withOffsets) offsets[n] = i
    if (!isArabicMark(code)) {
      lastBaseRaw = code
      lastBaseAt = n
    }
    n++
  }
  if (withOffsets) offsets[n] = length
  return { text: decodeUtf16(out, n), offsets: withOffsets ? offsets.subarray(0, n + 1) : EMPTY_OFFSETS }
}

function grow(array: Uint16Array | Uint32Array, capacity: number): Uint16Array | Uint32Array {
  const bigger = array instanceof Uint16Array ? new Uint16Array(capacity) : new Uint32Array(capacity)
  bigger.set(array)
  return bigger
}

function identityOffsets(length: number): Uint32Array {
  const offsets = new Uint32Array(length + 1)
  for (let k = 0; k <= length; k++) offsets[k] = k
  return offsets
}

const CHUNK = 8192
function decodeUtf16(units: Uint16Array, length: number): string {
  let text = ''
  for (let at = 0; at < length; at += CHUNK) {
    text += String.fromCharCode.apply(
      null,
      units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[],
    )
  }
  return text
}
