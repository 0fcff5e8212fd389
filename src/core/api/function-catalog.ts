/**
 * The reference of the CN.* worksheet functions: one source of truth for the pane's Functions
 * view, the Chinese metadata (functions-zh.json, checked against the JSDoc at build time) and
 * Trace's argument names. The entries live per family (catalog/); this file orders them.
 */
import type { CatalogFunction } from "./catalog/catalog-types";
import { LOOKUP_FUNCTIONS } from "./catalog/lookup-functions";
import { PACKAGE_FUNCTIONS } from "./catalog/package-functions";
import { TABLE_FUNCTIONS } from "./catalog/table-functions";

/** The order the pane lists the functions in. */
const ORDER = [
  "AISUBSIDY",
  "AIFUND",
  "AIINCENTIVES",
  "AIFUNDS",
  "AIPOLICIES",
  "AITARGETS",
  "AIRANK",
  "AISOURCE",
  "AIREGIONS",
  "AICATEGORIES",
  "AIDATA",
  "AIPACKAGE",
  "AIPACKAGETOTAL",
  "AIPACKAGERANK",
];

/** Every CN.* function, in the order the pane lists them. */
export const FUNCTION_CATALOG: readonly CatalogFunction[] = [...LOOKUP_FUNCTIONS, ...TABLE_FUNCTIONS, ...PACKAGE_FUNCTIONS].sort(
  (a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id),
);
