// Typo-level word matching for targets, through fuse.js: the recognizer writes "dentis"
// for "dentist" or "mlik" for "milk". Only used when the stem/prefix matching in
// match-target.ts finds nothing, and kept strict so unrelated words stay unmatched.
import Fuse from "fuse.js/basic";

/** Fuse scores run 0 (exact) to 1; beyond this a "match" is a different word. */
const MAX_FUSE_SCORE = 0.34;
/** Short words have too many one-letter neighbours ("cat", "car", "cap") to guess. */
const MIN_LENGTH = 4;
/** A typo match counts less than a real one, so it never outranks an exact title. */
const WEIGHT = 0.85;

export type WordSimilarity = (spoken: string, titleWord: string) => number;

/** Similarity of each spoken word to the title words it could be a misspelling of. */
export function fuzzyWordSimilarity(
  spoken: readonly string[],
  titleWords: readonly string[],
): WordSimilarity {
  const pool = [...new Set(titleWords)].filter((w) => w.length >= MIN_LENGTH - 1);
  const fuse = new Fuse(pool, {
    includeScore: true,
    threshold: MAX_FUSE_SCORE,
    // Whole words are compared, so where in the word a match starts does not matter.
    ignoreLocation: true,
    isCaseSensitive: false,
  });
  const table = new Map<string, Map<string, number>>();
  for (const word of new Set(spoken)) {
    if (word.length < MIN_LENGTH) continue;
    const found = new Map<string, number>();
    for (const hit of fuse.search(word)) {
      // Fuse also finds a word inside a longer one ("art" in "party"): same length only.
      if (Math.abs(hit.item.length - word.length) > 2 || hit.score === undefined) continue;
      found.set(hit.item, WEIGHT * (1 - hit.score));
    }
    table.set(word, found);
  }
  return (a, b) => table.get(a)?.get(b) ?? 0;
}
