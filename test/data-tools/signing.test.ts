/**
 * `npm run data -- keygen | sign | verify` (issue 22): a key pair with the private key at mode
 * 600; a signature the add-in's own verifier (WebCrypto, src/data/signature.ts) accepts; verify
 * refusing a changed byte, another key and an invalid dataset left unsigned.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { verifyDatasetBytes } from "../../src/data/signature";
import { runData } from "../support/data-cli";

const ROOT = path.join(__dirname, "..", "..");
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-sign-"));
  fs.copyFileSync(path.join(ROOT, "seeds", "atlas-dataset.json"), path.join(dir, "d.json"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("keygen, sign and verify: the private key is mode 600 and the add-in accepts the signature", async () => {
  expect(runData(["keygen", "keys/team"], { cwd: dir })).toMatchObject({ code: 0 });
  expect(fs.statSync(path.join(dir, "keys", "team.private.pem")).mode & 0o777).toBe(0o600);
  const publicKey = JSON.parse(fs.readFileSync(path.join(dir, "keys", "team.public.json"), "utf8"));
  expect(publicKey.keyId).toMatch(/^[0-9a-f]{16}$/);
  const sign = runData(["sign", "d.json", "--key", "keys/team.private.pem", "--days", "30"], { cwd: dir, today: "2026-12-01" });
  expect(sign).toMatchObject({ code: 0, out: [expect.stringMatching(/d\.sig\.json: version .*expires 2026-12-31/)] });
  expect(runData(["verify", "d.json", "--keys", "keys/team.public.json"], { cwd: dir, today: "2026-12-01" })).toMatchObject({ code: 0 });
  const bytes = new Uint8Array(fs.readFileSync(path.join(dir, "d.json")));
  const verified = await verifyDatasetBytes(
    bytes,
    fs.readFileSync(path.join(dir, "d.sig.json"), "utf8"),
    [publicKey],
    new Date("2026-12-01"),
  );
  expect(verified.keyId).toBe(publicKey.keyId);
});

test("verify refuses a changed byte, another key, an expired signature; sign refuses an invalid dataset", () => {
  runData(["keygen", "a"], { cwd: dir });
  runData(["keygen", "b"], { cwd: dir });
  runData(["sign", "d.json", "--key", "a.private.pem", "--expires", "2027-01-31"], { cwd: dir, today: "2026-12-01" });
  expect(runData(["verify", "d.json", "--keys", "b.public.json"], { cwd: dir, today: "2026-12-01" }).out[0]).toMatch(
    /refused: .*not trusted/,
  );
  expect(runData(["verify", "d.json", "--keys", "b.public.json,a.public.json"], { cwd: dir, today: "2026-12-01" }).code).toBe(0);
  expect(runData(["verify", "d.json", "--keys", "a.public.json"], { cwd: dir, today: "2027-02-01" }).out[0]).toMatch(/refused: .*expired/);
  const file = path.join(dir, "d.json");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("30000000", "30000001"));
  expect(runData(["verify", "d.json", "--keys", "a.public.json"], { cwd: dir, today: "2026-12-01" })).toMatchObject({ code: 1 });
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"version": "', '"version": "x'));
  expect(runData(["sign", "d.json", "--key", "a.private.pem"], { cwd: dir }).code).toBe(1);
});
