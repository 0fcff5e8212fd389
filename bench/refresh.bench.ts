/**
 * Refresh cost (PRODUCT.md §7: validate and swap a dataset 100× today's size in well under a
 * second). For today's dataset and one 100× larger: parse + validate (schema and integrity),
 * the swap (building the new Atlas and assigning it), the change summary, and a whole refresh
 * over loopback HTTP (download, parse, validate, diff, swap, checksum and save to memory).
 */
import * as http from "http";
import type { AddressInfo } from "net";
import { Dataset } from "../src/core/rules/schema";
import { integrityProblems } from "../src/core/integrity/integrity";
import { diffDatasets } from "../src/data/diff";
import { parseDatasetText } from "../src/data/parse-dataset";
import { refreshDataset } from "../src/data/refresh";
import { memoryStorage } from "../src/data/storage";
import { resetStoreForTests, swapDataset } from "../src/data/store";
import { scaledDataset } from "../test/support/datasets";
import { medianMs, report, type Figure } from "./report";

async function measure(label: string, dataset: Dataset): Promise<Figure[]> {
  const json = JSON.stringify(dataset);
  const parsed = JSON.parse(json) as unknown;
  const validated = parseDatasetText(json);
  const todays = scaledDataset(1);
  const records =
    dataset.regions.length + dataset.funds.length + dataset.policies.length + dataset.incentives.length + dataset.targets.length;
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(json));
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
        name: `${label}: change summary against today's dataset`,
        value: await medianMs(() => diffDatasets(todays, validated)),
        unit: "ms",
      },
      {
        name: `${label}: whole refresh over loopback HTTP (incl. save)`,
        value: await medianMs(async () => {
          resetStoreForTests();
          const result = await refreshDataset({ url, storage: memoryStorage(), maxBytes: 32 * 1024 * 1024 });
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
  const today = scaledDataset(1);
  today.version = "2099.01.01"; // newer than the bundled one, so each refresh run swaps
  const figures = [...(await measure("today (1×)", today)), ...(await measure("100×", scaledDataset(100)))];
  report("refresh", figures);
}
