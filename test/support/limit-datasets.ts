/**
 * A dataset at the schema's limits (src/core/rules/limits.ts), for the budget tests and the bench:
 * the bundled dataset with regions added up to LIMITS.regions, each with LIMITS.aliases aliases of
 * plausible length (pinyin-like words), all distinct. Not a valid dataset for the integrity
 * checks' quotes, only for name resolution and validation cost.
 */
import { LIMITS } from "../../src/core/rules/limits";
import type { Dataset } from "../../src/core/rules/schema";
import { bundledDataset } from "../../src/data/bundled";

const SYLLABLES = [
  "zhang",
  "wei",
  "liu",
  "chen",
  "yang",
  "huang",
  "zhao",
  "wu",
  "zhou",
  "xu",
  "sun",
  "ma",
  "zhu",
  "hu",
  "guo",
  "he",
  "lin",
  "luo",
  "gao",
  "zheng",
];

/** A distinct pinyin-like word for n: two to four syllables. */
export function word(n: number): string {
  const parts: string[] = [];
  let k = n;
  do {
    parts.push(SYLLABLES[k % SYLLABLES.length]);
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return `${parts.join("")}qu`;
}

/** The bundled dataset with LIMITS.regions regions of LIMITS.aliases aliases each. */
export function datasetAtLimits(): Dataset {
  const d = structuredClone(bundledDataset());
  const template = d.regions[d.regions.length - 1];
  let n = 0;
  for (let r = d.regions.length; r < LIMITS.regions; r++) {
    const name = word(n++);
    d.regions.push({
      ...template,
      id: `limit-${r}`,
      parentId: null,
      level: "city",
      name: { zhHans: `测试区${r}`, zhHant: `測試區${r}`, en: `Test ${name}` },
      pinyin: name.slice(0, LIMITS.pinyin),
      aliases: Array.from({ length: LIMITS.aliases }, () => word(n++)),
    });
  }
  return d;
}
