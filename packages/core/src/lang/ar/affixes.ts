// Affixes the rules test a normalised word for, as patterns: one definition each, so that no rule keeps a copy of
// its own that drifts from the others.

/** Particles with the article glued to a word (للمعهد، بالقرب، والحكومة): such a word never opens or continues a name. */
export const ARTICLE_WITH_PARTICLE = /^(?:لل|بال|وال|فال|كال)/

/** A third-person pronoun at a word's end (كتابه، بلادها، وزرائهم، رأيهما), longest first, so `exec` gives it whole. */
export const THIRD_PERSON_SUFFIX = /(?:هما|هم|ها|ه)$/

/**
 * The shape of an indefinite active participle as a circumstantial (حال) after its clause, once normalised: a derived
 * form in م (مفسراً، متوعدين، مستبعدةً) or form I's فاعل (واعداً، سائلاً), in the accusative, the feminine or the sound masculine plural.
 */
export const CIRCUMSTANTIAL_PARTICIPLE = /^(?:م[^\sا]\S{1,5}|[^\sام]ا[^\sا]{2})(?:ا|ه|ة|ين)$/
