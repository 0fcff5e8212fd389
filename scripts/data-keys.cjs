/**
 * Which keys a build trusts for published datasets, and the signature it publishes beside
 * data/atlas-dataset.json (PRODUCT.md §12):
 *
 *   default build    an ephemeral P-256 key pair made for this build only: the build signs the
 *                    dataset it publishes and trusts that public key; the private key lives in
 *                    this process's memory and is gone when the build ends. `npm start` and its
 *                    refresh work out of the box; nothing signed by it verifies in another build.
 *   production       ATLAS_DATA_KEYS=a.public.json,b.public.json (the data team's current and
 *                    next keys, from `npm run data -- keygen`): only those are trusted, and the
 *                    build publishes the signature the team made offline (`npm run data -- sign`),
 *                    read from ATLAS_DATA_SIGNATURE (default: the dataset's path with .sig.json).
 *                    The build fails when it is missing or does not verify with those keys.
 */
const fs = require("fs");
const { generateSigningKey, readTrustedKey, signDataset, verifyDataset } = require("./dataset-signing.cjs");

/** The trusted keys, the key mode and the signature file's text for a build of `datasetPath`. */
function dataKeysForBuild(datasetPath, env = process.env) {
  const bytes = fs.readFileSync(datasetPath);
  const entries = (env.ATLAS_DATA_KEYS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) {
    const key = generateSigningKey();
    return {
      mode: "ephemeral",
      trustedKeys: [key.publicKey],
      signatureText: signDataset(bytes, key.privatePem, { days: 30 }),
      // An archived version (seeds/versions/) is published with this build's signature too.
      signatureFor: (file) => signDataset(fs.readFileSync(file), key.privatePem, { days: 30 }),
    };
  }
  const trustedKeys = entries.map(readTrustedKey);
  const signaturePath = env.ATLAS_DATA_SIGNATURE || datasetPath.replace(/\.json$/, ".sig.json");
  if (!fs.existsSync(signaturePath)) {
    throw new Error(
      `ATLAS_DATA_KEYS is set but there is no signature for ${datasetPath} at ${signaturePath} (npm run data -- sign; or set ATLAS_DATA_SIGNATURE)`,
    );
  }
  const signatureText = fs.readFileSync(signaturePath, "utf8");
  const verdict = verifyDataset(bytes, signatureText, trustedKeys);
  if (!verdict.ok) throw new Error(`${signaturePath}: ${verdict.reason} (trusted: ${trustedKeys.map((k) => k.keyId).join(", ")})`);
  /** An archived version's offline signature (`<file>.sig.json`), checked; undefined (published unsigned: not comparable) when there is none. */
  const signatureFor = (file) => {
    const sig = file.replace(/\.json$/, ".sig.json");
    if (!fs.existsSync(sig)) {
      console.warn(`ai-policy-atlas: ${file} has no signature beside it: workbooks stamped with it cannot be compared`);
      return undefined;
    }
    const text = fs.readFileSync(sig, "utf8");
    // An archived signature may have expired: it still proves who published that version (it is used for old figures, never loaded as current data).
    const archived = verifyDataset(fs.readFileSync(file), text, trustedKeys, new Date(0));
    if (!archived.ok) throw new Error(`${sig}: ${archived.reason}`);
    return text;
  };
  return { mode: "production", trustedKeys, signatureText, signatureFor };
}

module.exports = { dataKeysForBuild };
