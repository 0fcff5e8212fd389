/**
 * `npm run data -- keygen | sign | verify`: the data team's signing key and signatures
 * (PRODUCT.md §12; the format in scripts/dataset-signing.cjs). `keygen` writes a new P-256 key
 * pair: the private key (mode 600) to keep offline, never in the repository, and the public key
 * file a firm's build trusts through ATLAS_DATA_KEYS. `sign` refuses a dataset that fails the
 * schema, then writes the signature file beside it (`x.sig.json`). `verify` checks a signature
 * as the add-in will.
 */
import * as fs from "fs";
import * as path from "path";
import { validateDataset } from "../../../src/data/validate";
import { atMost, DEFAULT_DATASET, existingFile, parseArgs, shown, UsageError, type CliIo } from "../cli-io";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const signing = require("../../../scripts/dataset-signing.cjs");

const sigPathOf = (file: string): string => (file.endsWith(".json") ? `${file.slice(0, -".json".length)}.sig.json` : `${file}.sig.json`);

/** `keygen <name>`: writes <name>.private.pem (mode 600) and <name>.public.json. */
export function runKeygen(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, []);
  atMost(parsed, 1, "keygen <name>");
  const name = parsed.positional[0];
  if (name === undefined) throw new UsageError("keygen needs a name for the key files (e.g. ~/atlas-keys/team-2026)");
  const base = path.resolve(io.cwd, name);
  const privatePath = `${base}.private.pem`;
  const publicPath = `${base}.public.json`;
  if (fs.existsSync(privatePath) || fs.existsSync(publicPath))
    throw new UsageError(`${shown(io, privatePath)} or its public file exists already`);
  const key = signing.generateSigningKey();
  fs.mkdirSync(path.dirname(base), { recursive: true });
  fs.writeFileSync(privatePath, key.privatePem, { mode: 0o600, flag: "wx" });
  fs.chmodSync(privatePath, 0o600);
  fs.writeFileSync(publicPath, `${JSON.stringify(key.publicKey, null, 2)}\n`, { flag: "wx" });
  io.out(
    `key ${key.publicKey.keyId}: private ${shown(io, privatePath)} (mode 600: keep it offline, never commit it), public ${shown(io, publicPath)}`,
  );
  return 0;
}

/** `sign [dataset.json] --key <private.pem> [--expires YYYY-MM-DD | --days N] [--out file]`. */
export function runSign(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, ["key", "expires", "days", "out"]);
  atMost(parsed, 1, "sign [dataset.json] --key <private.pem>");
  const file = parsed.positional[0] !== undefined ? existingFile(io, parsed.positional[0]) : DEFAULT_DATASET;
  const keyFile = parsed.values.get("key");
  if (keyFile === undefined) throw new UsageError("sign needs --key <private.pem> (from keygen)");
  const bytes = fs.readFileSync(file);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (thrown) {
    io.err(`${shown(io, file)}: not valid JSON (${String(thrown)}); not signed`);
    return 1;
  }
  const result = validateDataset(json);
  if (!result.ok) {
    for (const problem of result.problems) io.err(problem);
    io.err(`${shown(io, file)}: not a valid dataset; not signed (run: npm run data -- check)`);
    return 1;
  }
  const expires = parsed.values.get("expires");
  if (expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expires)) throw new UsageError("--expires is YYYY-MM-DD");
  const days = parsed.values.has("days") ? Number(parsed.values.get("days")) : undefined;
  if (days !== undefined && !(Number.isInteger(days) && days > 0 && days <= 3650))
    throw new UsageError("--days is a whole number of days, 1 to 3650");
  const text = signing.signDataset(bytes, fs.readFileSync(existingFile(io, keyFile), "utf8"), { expires, days, now: io.now() });
  const out = parsed.values.has("out") ? path.resolve(io.cwd, parsed.values.get("out") as string) : sigPathOf(file);
  fs.writeFileSync(out, text);
  const statement = JSON.parse(JSON.parse(text).statement);
  io.out(
    `${shown(io, out)}: version ${statement.version}, sha256 ${statement.sha256.slice(0, 12)}…, key ${statement.keyId}, expires ${statement.expires}`,
  );
  return 0;
}

/** `verify [dataset.json] [signature] --keys a.public.json[,b.public.json]`. */
export function runVerify(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, ["keys"]);
  atMost(parsed, 2, "verify [dataset.json] [signature] --keys <public.json,…>");
  const file = parsed.positional[0] !== undefined ? existingFile(io, parsed.positional[0]) : DEFAULT_DATASET;
  const sig = existingFile(io, parsed.positional[1] ?? sigPathOf(file));
  const keys = (parsed.values.get("keys") ?? process.env.ATLAS_DATA_KEYS ?? "").split(",").filter(Boolean);
  if (keys.length === 0) throw new UsageError("verify needs --keys <public.json,…> (or ATLAS_DATA_KEYS)");
  const trusted = keys.map((k) => signing.readTrustedKey(path.resolve(io.cwd, k)));
  const verdict = signing.verifyDataset(fs.readFileSync(file), fs.readFileSync(sig, "utf8"), trusted, io.now());
  if (!verdict.ok) {
    io.out(`${shown(io, file)}: refused: ${verdict.reason}`);
    return 1;
  }
  io.out(
    `${shown(io, file)}: OK, version ${verdict.statement.version}, key ${verdict.statement.keyId}, expires ${verdict.statement.expires}`,
  );
  return 0;
}
