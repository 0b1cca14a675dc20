/**
 * `text.charCodeAt(i)` for loops that read strings of every kind. V8 records the map of each string a property is read
 * from, and a string's map is its kind (one- or two-byte, flat, sliced, concatenated, internalised): a function that
 * reads more than four kinds, as the tokenizer and the folds do, reads `charCodeAt` through the megamorphic cache and
 * calls it, at every code unit. Called this way the method is known whatever the strings, and compiled inline.
 */
export function codeUnit(text: string, i: number): number {
  // Not a constant of the module: the compiler folds `String.prototype.charCodeAt` to the method, not a module's slot.
  return String.prototype.charCodeAt.call(text, i)
}
