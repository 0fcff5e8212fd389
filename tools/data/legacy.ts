/**
 * Reads a dataset written before issue 21 (schema 2 with its first enum values) in today's terms,
 * so `diff` can compare the last published dataset with the working copy: `forming` became
 * `being-set-up`, `first-close` became `planned-first-phase`, the `reimbursement` kind became
 * `spend-ceiling`, and `certainty` was implicit (a rate or a fixed award is firm, the rest up to).
 * Each rename is reported, so the diff still lists it. The add-in itself never needs this: an
 * older dataset is refused by a refresh anyway.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A parsed dataset JSON in today's terms, and one line per value it renamed or filled in (diff prints them). */
export interface UpgradedDataset {
  json: unknown;
  renamed: string[];
}

/** A copy of a parsed dataset JSON with pre-issue-21 values renamed; anything else is returned as is. */
export function upgradeLegacyDataset(json: unknown): UpgradedDataset {
  const renamed: string[] = [];
  if (!isObject(json)) return { json, renamed };
  const each = (list: unknown, upgrade: (record: Json, note: (text: string) => void) => void): unknown =>
    Array.isArray(list)
      ? list.map((record: unknown) => {
          if (!isObject(record)) return record;
          const out: Json = { ...record };
          upgrade(out, (text) => renamed.push(`${String(out.id)}: ${text}`));
          return out;
        })
      : list;
  const funds = each(json.funds, (fund, note) => {
    if (fund.status === "forming") {
      fund.status = "being-set-up";
      note('status "forming" → "being-set-up"');
    }
    if (fund.firstLabel === "first-close") {
      fund.firstLabel = "planned-first-phase";
      note('firstLabel "first-close" → "planned-first-phase"');
    }
  });
  const incentives = each(json.incentives, (incentive, note) => {
    if (incentive.kind === "reimbursement") {
      incentive.kind = "spend-ceiling";
      note('kind "reimbursement" → "spend-ceiling"');
    }
    if (incentive.certainty === undefined) {
      const firm = incentive.kind === "rate" || (incentive.kind === "award" && incentive.capType === "fixed");
      incentive.certainty = firm ? "firm" : "up-to";
      note(`certainty (implicit) → "${String(incentive.certainty)}"`);
    }
  });
  return { json: { ...json, funds, incentives }, renamed };
}
