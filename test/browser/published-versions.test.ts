/**
 * The build publishes every released dataset version (PRODUCT.md §13): the bundled one as
 * data/versions/<version>.json, byte for byte, and each kept in seeds/versions/, so a workbook
 * stamped with a version can fetch it and find the content hash it was stamped with.
 */
import * as fs from "fs";
import * as path from "path";
import { datasetContentHash } from "../../src/data/content-hash";
import { parseDatasetText } from "../../src/data/parse-dataset";

const ROOT = path.join(__dirname, "..", "..");
const VERSIONS = path.join(ROOT, "dist", "data", "versions");
const bundledText = fs.readFileSync(path.join(ROOT, "seeds", "atlas-dataset.json"), "utf8");

test("the bundled version is published under its version, with the bundled content hash", () => {
  const bundled = parseDatasetText(bundledText);
  const file = path.join(VERSIONS, `${bundled.version}.json`);
  expect(fs.readFileSync(file, "utf8")).toBe(bundledText);
  expect(datasetContentHash(parseDatasetText(fs.readFileSync(file, "utf8")))).toBe(datasetContentHash(bundled));
  // Its signature is the one published beside the current dataset: the build's key signed it.
  expect(fs.readFileSync(path.join(VERSIONS, `${bundled.version}.sig.json`), "utf8")).toBe(
    fs.readFileSync(path.join(ROOT, "dist", "data", "atlas-dataset.sig.json"), "utf8"),
  );
});

test("every version kept in seeds/versions/ is published as it is, and is the version its name says", () => {
  const kept = path.join(ROOT, "seeds", "versions");
  const files = fs.existsSync(kept) ? fs.readdirSync(kept).filter((f) => f.endsWith(".json") && !f.endsWith(".sig.json")) : [];
  for (const name of files) {
    const text = fs.readFileSync(path.join(kept, name), "utf8");
    expect([name, fs.readFileSync(path.join(VERSIONS, name), "utf8") === text]).toEqual([name, true]);
    expect(`${parseDatasetText(text).version}.json`).toBe(name);
    expect(fs.existsSync(path.join(VERSIONS, name.replace(/\.json$/, ".sig.json")))).toBe(true);
  }
});
