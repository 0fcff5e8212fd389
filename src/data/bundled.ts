/**
 * The dataset shipped inside the add-in (seeds/atlas-dataset.json): the embedded default, so the
 * add-in works offline on first load. It is validated when first used and fails loudly.
 */
import raw from "../../seeds/atlas-dataset.json";
import type { Dataset } from "../core/rules/schema";
import { InvalidDatasetError, validateDataset } from "./validate";

let bundled: Dataset | undefined;

/** The bundled dataset, validated once. Throws InvalidDatasetError when the shipped file is broken. */
export function bundledDataset(): Dataset {
  if (!bundled) {
    const result = validateDataset(raw);
    if (!result.ok) throw new InvalidDatasetError("The bundled dataset (seeds/atlas-dataset.json)", result.problems);
    bundled = result.dataset;
  }
  return bundled;
}
