/**
 * The data stamp of what is loaded (PRODUCT.md §13): the version and content hash the CN functions
 * answer with now, and of any dataset, for stamping sheets and comparing a workbook's stamp.
 */
import type { Atlas } from "../core/names/atlas";
import type { DataStamp } from "../core/rules/data-stamp";
import type { Dataset } from "../core/rules/schema";
import { datasetContentHash } from "./content-hash";
import { currentAtlas } from "./store";

/** An Atlas's stamp. */
export function atlasStamp(atlas: Atlas): DataStamp {
  return stampOf(atlas.dataset);
}

/** The loaded dataset's stamp. */
export function loadedStamp(): DataStamp {
  return atlasStamp(currentAtlas());
}

/** A dataset's stamp (its hash computed once per dataset). */
export function stampOf(dataset: Dataset): DataStamp {
  return { version: dataset.version, hash: datasetContentHash(dataset) };
}
