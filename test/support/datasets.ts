/**
 * Datasets for the refresh tests and benchmark, all derived from the bundled one: a variant with
 * a new version and edits, and a copy scaled up N× (every region, fund, policy, incentive and
 * target cloned with new ids and names, references remapped) that still passes validation.
 */
import type { Dataset } from "../../src/core/rules/schema";
import { bundledDataset } from "../../src/data/bundled";

/** A deep copy of the bundled dataset with a new version and as-of date, then `edit` applied. */
export function variant(version: string, edit: (d: Dataset) => void = () => undefined): Dataset {
  const copy = structuredClone(bundledDataset());
  copy.version = version;
  copy.asOf = version.split(".").slice(0, 3).join("-");
  edit(copy);
  return copy;
}

/** Finds a record by id or fails the test. */
export function byId<T extends { id: string }>(records: T[], id: string): T {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`no record '${id}' in the test dataset`);
  return found;
}

/** Letters only (pinyin allows no digits): 1 → "qb", 27 → "qbb". */
function letters(n: number): string {
  let out = "";
  let k = n;
  do {
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26);
  } while (k > 0);
  return `q${out}`;
}

/** The dataset `factor`× its size: clones 1…factor-1 of every region-bound record, each clone self-contained. */
export function scaledDataset(factor: number, base: Dataset = bundledDataset()): Dataset {
  const out = structuredClone(base);
  out.version = "2099.01.01";
  for (let k = 1; k < factor; k++) {
    const id = (x: string): string => `${x}-x${k}`;
    const ref = <T extends string | null | undefined>(x: T): T => (typeof x === "string" ? id(x) : x) as T;
    const tag = ` ${k}`;
    for (const r of base.regions) {
      out.regions.push({
        ...structuredClone(r),
        id: id(r.id),
        parentId: ref(r.parentId),
        name: { zhHans: r.name.zhHans + tag, zhHant: r.name.zhHant + tag, en: r.name.en + tag },
        pinyin: `${r.pinyin} ${letters(k)}`,
        aliases: r.aliases.map((a) => a + tag),
      });
    }
    for (const f of base.funds) {
      out.funds.push({
        ...structuredClone(f),
        id: id(f.id),
        regionId: id(f.regionId),
        policyId: ref(f.policyId),
        parentId: ref(f.parentId),
      });
    }
    for (const p of base.policies) out.policies.push({ ...structuredClone(p), id: id(p.id), regionId: id(p.regionId) });
    for (const i of base.incentives) {
      out.incentives.push({ ...structuredClone(i), id: id(i.id), regionId: id(i.regionId), policyId: id(i.policyId) });
    }
    for (const t of base.targets) {
      out.targets.push({ ...structuredClone(t), id: id(t.id), regionId: id(t.regionId), policyIds: t.policyIds.map(id) });
    }
  }
  return out;
}
