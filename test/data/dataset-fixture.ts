/**
 * What the data tests (dataset*.test.ts) share: the seeds folder, the bundled dataset, a copy of
 * it with one edit (to prove a check bites), and problems as one-line texts.
 */
import * as path from "path";
import type { Dataset } from "../../src/core/rules/schema";
import { bundledDataset } from "../../src/data/bundled";
import type { Problem } from "../../tools/data/checks";

export const SEEDS_DIR = path.join(__dirname, "..", "..", "seeds");
export const dataset = bundledDataset();

/** Problems as the one-line texts a test can search: `path (id): message`. */
export function lines(problems: Problem[]): string[] {
  return problems.map((p) => `${p.path} (${p.id ?? ""}): ${p.message}`);
}

/** A deep copy of the dataset with one edit applied. */
export function mutate(edit: (d: Dataset) => void): Dataset {
  const copy = structuredClone(dataset);
  edit(copy);
  return copy;
}
