/**
 * What the persist*.test.ts files share: the dataset they save (a refresh newer than the bundled
 * one) and the provenance it was downloaded with.
 */
import { byId, variant } from "../support/datasets";

/** The dataset saved: version 2025.04.01, one cap changed. */
export const SAVED = variant("2025.04.01", (d) => {
  byId(d.incentives, "cdht-model").cap = 35_000_000;
});
/** Where and when SAVED was downloaded. */
export const PROVENANCE = { url: "https://data.example.com/atlas.json", refreshedAt: "2025-04-02T08:00:00.000Z" };
