/**
 * The browser tests' signing key: the pair global-setup.js made for this run, which the built
 * dist/ trusts (ATLAS_DATA_KEYS). Signs a saved copy as a refresh would have saved it.
 */
import * as fs from "fs";
import * as path from "path";
import type { Provenance } from "../../../src/data/persist";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { signDataset } = require("../../../scripts/dataset-signing.cjs");

const KEY = path.join(__dirname, "..", "..", "..", "node_modules", ".cache", "atlas-browser-key", "test.private.pem");

/** A dataset's JSON, signed with the run's key: the `signed` part of a saved copy's provenance. */
export function signedForBuild(json: string): NonNullable<Provenance["signed"]> {
  const signature: string = signDataset(Buffer.from(json, "utf8"), fs.readFileSync(KEY, "utf8"));
  const file = JSON.parse(signature) as { keyId: string; statement: string };
  return { keyId: file.keyId, sha256: (JSON.parse(file.statement) as { sha256: string }).sha256, signature, text: json };
}
