/**
 * `npm run validate`: validates manifest.xml with Microsoft's online validator
 * (office-addin-manifest validate) when it can be reached, otherwise offline against the add-in
 * manifest schemas; always also runs this add-in's own checks. Says which validator it used.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { createRequire } from "module";

const require = createRequire(import.meta.url);
const { validateAgainstSchema, manifestProblems } = require("./manifest-check.cjs");
const file = process.argv[2] ?? "manifest.xml";
const xml = readFileSync(file, "utf8");

const online = spawnSync(process.execPath, [require.resolve("office-addin-manifest/cli.js"), "validate", file], {
  encoding: "utf8",
  timeout: 60_000,
});
const output = `${online.stdout ?? ""}${online.stderr ?? ""}`;
const unreachable = online.error || /Unable to contact|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(output);
let failed = false;

if (!unreachable) {
  console.log(`Validator: Microsoft's online manifest validation service (office-addin-manifest).\n${output.trim()}`);
  failed = online.status !== 0;
} else {
  console.log(
    "Validator: the online service is unreachable; validating offline against the add-in manifest schemas (scripts/manifest-xsd, xmllint-wasm).",
  );
  const { valid, errors } = await validateAgainstSchema(xml);
  if (valid) console.log(`${file}: valid against OfficeAppManifestV1_1.xsd`);
  else errors.forEach((e) => console.error(`${file}: ${e}`));
  failed = !valid;
}

const problems = manifestProblems(xml);
if (problems.length === 0)
  console.log(`${file}: add-in checks passed (ReadWriteDocument, shared runtime, namespace CN, HTTPS, resources, icons)`);
problems.forEach((p) => console.error(`${file}: ${p}`));
process.exit(failed || problems.length > 0 ? 1 : 0);
