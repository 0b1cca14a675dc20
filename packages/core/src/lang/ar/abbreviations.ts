/**
 * Abbreviations written with a dot that never end a sentence: ق.م (BC), أ.د (professor), هـ (Hijri year), ص.ب (post
 * box). Matched on the raw text before normalisation, so each spelling the news writes is listed (أ.د and ا.د).
 * Single letters before a dot (د. doctor, م. engineer) need no entry: the segmenter treats every one alike.
 */
export const abbreviations: readonly string[] = ['ق.م', 'أ.د', 'ا.د', 'هـ', 'ه', 'ص.ب']
