/**
 * The public keys this build trusts for published datasets, fixed when the add-in is built
 * (webpack.config.js defines `__ATLAS_TRUSTED_KEYS__` and `__ATLAS_KEY_MODE__`): in a default
 * build, the build's own ephemeral key; in a production build, only the keys of ATLAS_DATA_KEYS
 * (a firm's data team; current and next, for rotation). Outside a build (tests) the globals
 * may be set by the test setup, which makes its own key pair.
 */
import type { TrustedKey } from "./signature";

declare const __ATLAS_TRUSTED_KEYS__: readonly TrustedKey[] | undefined;
declare const __ATLAS_KEY_MODE__: KeyMode | undefined;

/** How the build got its keys: "ephemeral" (default build), "production" (ATLAS_DATA_KEYS), "none" (not a build). */
export type KeyMode = "ephemeral" | "production" | "none";

/** The trusted keys of this build (empty outside a build unless a test set them). */
export function buildTrustedKeys(): readonly TrustedKey[] {
  return typeof __ATLAS_TRUSTED_KEYS__ === "undefined" ? [] : __ATLAS_TRUSTED_KEYS__;
}

/** The key mode of this build, for the Data view. */
export function buildKeyMode(): KeyMode {
  return typeof __ATLAS_KEY_MODE__ === "undefined" ? "none" : __ATLAS_KEY_MODE__;
}
