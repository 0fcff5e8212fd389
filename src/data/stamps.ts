/**
 * The data stamp of what is loaded (PRODUCT.md §13): the version and content hash the CN functions
 * answer with now, and of any dataset, for stamping sheets and comparing a workbook's stamp.
 */
import type { DataStamp } from "../core/rules/data-stamp";
import type { Dataset } from "../core/rules/schema";
import { atlasContentHash, datasetContentHash } from "./content-hash";
import { currentAtlas } from "./store";

/** The loaded dataset's stamp. */
export function loadedStamp(): DataStamp {
  const atlas = currentAtlas();
  return { version: atlas.dataset.version, hash: atlasContentHash(atlas) };
}

/** A dataset's stamp. */
export function stampOf(dataset: Dataset): DataStamp {
  return { version: dataset.version, hash: datasetContentHash(dataset) };
}
