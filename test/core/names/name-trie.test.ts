/**
 * The trie search behind "did you mean" (src/core/names/name-trie.ts) finds exactly what a walk
 * over every key with `nameDistance` finds, on random keys and typos (small enough that the visit
 * budget never binds).
 */
import fc from "fast-check";
import { nameDistance } from "../../../src/core/names/name-index";
import { NameTrie } from "../../../src/core/names/name-trie";

/** Keys and typed text are never empty: the index skips an empty key and answers an empty name with nothing. */
const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "成", "都"), minLength: 1, maxLength: 8 });

test("the trie's scores equal the brute-force scores within the limit", () => {
  fc.assert(
    fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 30 }), word, fc.integer({ min: 1, max: 2 }), (keys, typedText, limit) => {
      const entries = keys.map((k, i) => ({ k, i }));
      const trie = new NameTrie(
        entries.map((e): [string, { k: string; i: number }[]] => [e.k, [e]]),
        new Map(entries.map((e) => [e, e.i])),
      );
      const typed = Array.from(typedText);
      const found = trie.nearest(typed, limit);
      for (const e of entries) {
        const score = nameDistance(typedText, e.k, limit);
        if (score <= limit + 0.5) expect(found.get(e)).toBe(score);
        else expect(found.has(e)).toBe(false);
      }
    }),
    { numRuns: 400 },
  );
});
