/**
 * What the persist*.test.ts files share: the dataset they save (a refresh newer than the bundled
 * one) and the provenance it was downloaded with.
 */
import type { Dataset } from "../../src/core/rules/schema";
import type { Provenance } from "../../src/data/persist";
import { byId, variant } from "../support/datasets";
import { signatureFor } from "../support/signing";

/** The dataset saved: version 2025.04.01, one cap changed. */
export const SAVED = variant("2025.04.01", (d) => {
  byId(d.incentives, "cdht-model").cap = 35_000_000;
});
/** Where and when SAVED was downloaded. */
export const PROVENANCE = { url: "https://data.example.com/atlas.json", refreshedAt: "2025-04-02T08:00:00.000Z" };

/**
 * PROVENANCE with the dataset as the data team signed it (its JSON, signed by the test file's
 * trusted key): what a refresh saves. Saved without it, a copy never restores.
 */
export function signedProvenance(dataset: Dataset): Provenance {
  const text = JSON.stringify(dataset);
  const signature = signatureFor(text);
  const { keyId, statement } = JSON.parse(signature) as { keyId: string; statement: string };
  return { ...PROVENANCE, signed: { text, signature, keyId, sha256: (JSON.parse(statement) as { sha256: string }).sha256 } };
}
