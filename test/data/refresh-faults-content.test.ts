/**
 * The refresh fault matrix (issue 6), what arrived: truncated JSON, HTML, a binary file, no
 * content type, bytes that are not UTF-8, JSON failing the schema or its references, another data
 * format, not a dataset at all, and prototype-shaped keys. For each: the loaded and the saved data
 * are untouched and the user gets the right message in both languages.
 */
import { expectFaultLeavesDataUntouched, useFaultServer, type Fault } from "./refresh-faults-fixture";

const bench = useFaultServer();
const { refreshFrom } = bench;

const faults: Fault[] = [
  { name: "truncated JSON", path: "/truncated.json", code: "json", en: /not valid JSON/, zh: /不是有效的 JSON/, detail: /SyntaxError/ },
  {
    name: "HTML instead of JSON",
    path: "/page.html",
    code: "content-type",
    en: /a web page \(text\/html\)/,
    zh: /网页/,
    detail: /text\/html/,
  },
  {
    name: "HTML labelled as JSON",
    path: "/page-as-json",
    code: "json",
    en: /not valid JSON/,
    zh: /JSON/,
    detail: /looks like an HTML page/,
  },
  {
    name: "a binary file",
    path: "/binary",
    code: "content-type",
    en: /type application\/octet-stream/,
    zh: /octet-stream/,
    detail: /octet-stream/,
  },
  { name: "no content type", path: "/no-type", code: "content-type", en: /without a content type/, zh: /未标明内容类型/, detail: /''/ },
  { name: "bytes that are not UTF-8", path: "/latin1.json", code: "json", en: /not valid JSON/, zh: /JSON/, detail: /not UTF-8/ },
  {
    name: "valid JSON failing the schema",
    path: "/schema.json",
    code: "schema",
    en: /not a valid AI Policy Atlas dataset \(2 problems/,
    zh: /2 处问题/,
    detail: /regions\[1\]\.level: .*\n.*incentives\[0\]\.cap/s,
  },
  {
    name: "a broken reference",
    path: "/dangling.json",
    code: "schema",
    en: /\(2 problems;/,
    zh: /2 处问题/,
    detail: /incentive cdht-compute refers to unknown region 'atlantis'/,
  },
  {
    name: "a dataset still in format 1 (no machine-readable conditions)",
    path: "/format-1.json",
    code: "schema-version",
    en: /uses data format 1; this add-in needs format 2.*Ask your data team/,
    zh: /第 1 版数据格式；本加载项需要第 2 版格式/,
    detail: /schemaVersion 1; this add-in reads 2/,
  },
  {
    name: "a dataset in a newer format",
    path: "/format-3.json",
    code: "schema-version",
    en: /format 3, which is newer .*Update the add-in/,
    zh: /请更新加载项/,
    detail: /schemaVersion 3/,
  },
  { name: "JSON that is not a dataset", path: "/not-a-dataset.json", code: "schema", en: /not a valid/, zh: /数据集/, detail: /hello/ },
  {
    name: "__proto__ / constructor / prototype keys",
    path: "/proto.json",
    code: "schema",
    en: /not a valid AI Policy Atlas dataset \(1 problem/,
    zh: /1 处问题/,
    detail: /'__proto__', 'prototype', 'constructor'/,
  },
];

describe("a failed refresh leaves the loaded and the saved data untouched", () => {
  test.each(faults)("$name → $code", (fault) => expectFaultLeavesDataUntouched(bench, fault));

  test("schema problems are readable lines, available one by one", async () => {
    const { result } = await refreshFrom("/schema.json");
    if (result.status !== "failed") throw new Error("expected a failure");
    expect(result.error.problems).toEqual([
      'regions[1].level: Invalid option: expected one of "province"|"city"|"district"',
      "incentives[0].cap: Too small: expected number to be >=0",
    ]);
  });

  test("prototype-shaped keys pollute nothing", async () => {
    await refreshFrom("/proto.json");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
