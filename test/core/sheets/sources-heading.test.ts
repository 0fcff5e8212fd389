/**
 * The Sources sheet heading names the data's content hash and who signed it (issue 22), after the
 * version and date (which the workbook-changes check reads back), in both languages.
 */
import { sourcesBlocks } from "../../../src/core/changes/static-figures";
import { sourcesHeading } from "../../../src/core/sheets/sheet-text";

const hash = "3f9a1c2b7d04e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e";

test.each([
  [
    "en",
    { hash, keyId: "108e795d34cfd405" },
    "Sources for sheet “S” — AI Policy Atlas data v2025.03.22.3 (as of 2025-03-22) · content 3f9a1c2b7d04 · signed by key 108e795d34cfd405",
  ],
  ["en", { hash }, "Sources for sheet “S” — AI Policy Atlas data v2025.03.22.3 (as of 2025-03-22) · content 3f9a1c2b7d04 · built-in data"],
  [
    "zh",
    { hash, keyId: "108e795d34cfd405" },
    "工作表“S”的数据来源 — AI Policy Atlas 数据 v2025.03.22.3（截至2025-03-22） · 内容 3f9a1c2b7d04 · 签名密钥 108e795d34cfd405",
  ],
] as const)("%s: %j", (language, provenance, heading) => {
  expect(sourcesHeading(language, "S", "2025.03.22.3", "2025-03-22", provenance)).toBe(heading);
  // The version stays readable for "what changed in this workbook".
  expect(sourcesBlocks([[heading]])).toEqual([{ forSheet: "S", version: "2025.03.22.3", rows: [] }]);
});
