/**
 * Refresh cost (PRODUCT.md §7: validate and swap a dataset 100× today's size in well under a
 * second). For today's dataset and one 100× larger: parse + validate (schema and integrity),
 * the swap (building the new Atlas and assigning it), the change summary, the signature check
 * (WebCrypto ECDSA P-256 over the statement + SHA-256 of the bytes), and a whole refresh over
 * loopback HTTP (download the dataset and its signature, verify, parse, validate, diff, swap,
 * save to memory). The bench makes its own key pair, as a build does.
 */
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { Dataset } from "../src/core/rules/schema";
import { integrityProblems } from "../src/core/integrity/integrity";
import { diffDatasets } from "../src/data/diff";
import { parseDatasetText } from "../src/data/parse-dataset";
import { refreshDataset } from "../src/data/refresh";
import { memoryStorage } from "../src/data/storage";
import { resetStoreForTests, swapDataset } from "../src/data/store";
import { verifyDatasetBytes } from "../src/data/signature";
import { scaledDataset } from "../test/support/datasets";
// The project root, whether this runs from bench/ or compiled into node_modules/.cache/atlas-bench/.
const ROOT = path.resolve(
  __dirname.split(`${path.sep}node_modules${path.sep}`)[0],
  __dirname.includes(`${path.sep}node_modules${path.sep}`) ? "." : "..",
);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const signing = require(path.join(ROOT, "scripts", "dataset-signing.cjs"));

const KEY = signing.generateSigningKey();
/** Yesterday as a dataset version: newer than the bundled one, not in the future. */
const RECENT = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
import { medianMs, report, type Figure } from "./report";

async function measure(label: string, dataset: Dataset): Promise<Figure[]> {
  const json = JSON.stringify(dataset);
  const parsed = JSON.parse(json) as unknown;
  const validated = parseDatasetText(json);
  const todays = scaledDataset(1);
  const records =
    dataset.regions.length + dataset.funds.length + dataset.policies.length + dataset.incentives.length + dataset.targets.length;
  const signature = signing.signDataset(Buffer.from(json, "utf8"), KEY.privatePem);
  const bytes = new Uint8Array(Buffer.from(json, "utf8"));
  const server = http.createServer((req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(req.url?.endsWith(".sig.json") ? signature : json),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/atlas-dataset.json`;
  try {
    const figures: Figure[] = [
      { name: `${label}: records (regions+funds+policies+incentives+targets)`, value: records, unit: "records" },
      { name: `${label}: JSON size`, value: Math.round(json.length / 1024), unit: "KiB" },
      {
        name: `${label}: JSON.parse with the safe reviver + schema + integrity`,
        value: await medianMs(() => parseDatasetText(json)),
        unit: "ms",
      },
      { name: `${label}:   of which schema (zod)`, value: await medianMs(() => Dataset.parse(parsed)), unit: "ms" },
      { name: `${label}:   of which integrity checks`, value: await medianMs(() => integrityProblems(validated)), unit: "ms" },
      { name: `${label}: swap (build the Atlas, assign)`, value: await medianMs(() => swapDataset(validated, "refreshed")), unit: "ms" },
      {
        name: `${label}: validate + swap`,
        value: await medianMs(() => swapDataset(parseDatasetText(json), "refreshed")),
        unit: "ms",
        note: "the §7 figure",
      },
      {
        name: `${label}: signature check (SHA-256 of the bytes + ECDSA P-256 verify)`,
        value: await medianMs(() => verifyDatasetBytes(bytes, signature, [KEY.publicKey], new Date())),
        unit: "ms",
      },
      {
        name: `${label}: change summary against today's dataset`,
        value: await medianMs(() => diffDatasets(todays, validated)),
        unit: "ms",
      },
      {
        name: `${label}: whole refresh over loopback HTTP (signature verified, incl. save)`,
        value: await medianMs(async () => {
          resetStoreForTests();
          const result = await refreshDataset({ url, storage: memoryStorage(), maxBytes: 32 * 1024 * 1024, trustedKeys: [KEY.publicKey] });
          if (result.status !== "updated" || result.persistence !== "saved")
            throw new Error(`refresh did not update: ${JSON.stringify(result)}`);
        }),
        unit: "ms",
      },
    ];
    return figures;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    resetStoreForTests();
  }
}

/** Runs the benchmark and reports its figures. */
export default async function bench(): Promise<void> {
  const recent = (d: Dataset): Dataset => ({ ...d, version: RECENT.replace(/-/g, "."), asOf: RECENT }); // newer than the bundled one, so each refresh swaps
  const figures = [...(await measure("today (1×)", recent(scaledDataset(1)))), ...(await measure("100×", recent(scaledDataset(100))))];
  report("refresh", figures);
}
