/**
 * Datasets for the sheet tests and the sheets benchmark: a wide one (50 regions × 20 categories,
 * most cells filled, drafts and press reports among them) that still passes validation, and a
 * hostile one whose names, titles and quotes start with `=`, `+`, `-`, `@`, a tab or a CR.
 */
import type { Dataset, Incentive } from "../../src/core/rules/schema";
import { bundledDataset } from "../../src/data/bundled";
import { validateDataset } from "../../src/data/validate";

/** Letters for a number (pinyin allows no digits): 0 → "a", 27 → "bb". */
function letters(n: number): string {
  let out = "";
  let k = n;
  do {
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return out;
}

const KINDS: Incentive["kind"][] = ["rate", "spend-ceiling", "award", "per-person", "ceiling"];

/**
 * The bundled dataset widened to `regionCount` regions and `categoryCount` categories, with a
 * synthetic incentive in about three cells of four; every fifth synthetic region's policy is a
 * draft and every third cites the press report. Validated: it throws if the schema or the
 * integrity checks refuse it.
 */
export function wideDataset(regionCount = 50, categoryCount = 20): Dataset {
  const d = structuredClone(bundledDataset());
  for (let k = d.categories.length; k < categoryCount; k++) {
    d.categories.push({
      id: `extra-${k}`,
      name: { zh: `附加类别${letters(k)}`, en: `Extra category ${letters(k).toUpperCase()}` },
      aliases: [],
      description: { zh: "测试用类别", en: "A category for tests" },
    });
  }
  const categories = d.categories.slice(0, categoryCount);
  for (let n = d.regions.length; n < regionCount; n++) {
    const regionId = `synthetic-${n}`;
    const policyId = `${regionId}-policy`;
    const sourceId = n % 3 === 0 ? "blog-gd-suzhou-funds" : "xinhua-chengdu-hitech";
    d.regions.push({
      id: regionId,
      level: "district",
      parentId: null,
      name: { zhHans: `合成区${letters(n)}`, zhHant: `合成區${letters(n)}`, en: `Synthetic Zone ${letters(n).toUpperCase()}` },
      pinyin: `hecheng ${letters(n)}`,
      aliases: [],
    });
    d.policies.push({
      id: policyId,
      regionId,
      title: { zh: `合成区${letters(n)}人工智能政策`, en: `Synthetic Zone ${letters(n).toUpperCase()} AI policy` },
      issuer: { zh: "测试", en: "Test" },
      status: n % 5 === 0 ? "draft" : "final",
      facts: [],
      inferred: [],
      sourceId,
      quotes: [`合成区${letters(n)}的测试政策。`],
    });
    categories.forEach((category, k) => {
      if ((n * 7 + k * 3) % 4 === 0) return;
      const kind = KINDS[(n + k) % KINDS.length];
      const cap = (((n * 13 + k * 7) % 50) + 1) * 100_000;
      d.incentives.push({
        id: `${regionId}-${category.id}`,
        regionId,
        policyId,
        category: category.id,
        kind,
        cap,
        capType: kind === "award" && n % 2 === 0 ? "fixed" : "up-to",
        certainty: kind === "rate" || (kind === "award" && n % 2 === 0) ? "firm" : "up-to",
        payee: "company",
        inferred: [],
        ...(kind === "rate" ? { rate: ((k % 5) + 1) / 10, basis: { zh: "研发投入", en: "R&D spend" } } : {}),
        ...(kind === "rate" && n % 4 === 0 ? { minimum: 5_000_000 } : {}),
        period: kind === "per-person" ? "per-person" : "once",
        tiered: false,
        beneficiary: { zh: "企业", en: "Companies" },
        description: { zh: "测试补贴", en: "A subsidy for tests" },
        conditions: [],
        sourceId,
        quotes: [`最高${cap / 10_000}万元。`],
      });
    });
  }
  const result = validateDataset(d);
  if (!result.ok) throw new Error(`wideDataset is invalid:\n${result.problems.join("\n")}`);
  return result.dataset;
}

/** Text that a spreadsheet would run or reinterpret if it were written as typed. */
export const INJECTION_STRINGS = ['=HYPERLINK("http://example.invalid/x","click")', "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=2+2"] as const;

/**
 * The bundled dataset with hostile text in region names (Simplified and English), a category
 * name, a policy title, a quote, and the source's title, publisher and URL. Not validated (the
 * schema would trim the tab and the CR): tests build an Atlas from it directly.
 */
export function hostileDataset(): Dataset {
  const d = structuredClone(bundledDataset());
  const [hyperlink, plus, minus, at, tab, cr] = INJECTION_STRINGS;
  const region = (id: string) => {
    const r = d.regions.find((x) => x.id === id);
    if (!r) throw new Error(`no region ${id}`);
    return r;
  };
  region("chengdu-hitech").name.zhHans = hyperlink;
  region("chengdu-hitech").name.en = at;
  region("suzhou").name.zhHans = plus;
  region("suzhou").name.en = tab;
  region("zhuhai").name.zhHans = minus;
  region("zhuhai").name.en = cr;
  const model = d.categories.find((c) => c.id === "model");
  if (model) model.name = { zh: at, en: minus };
  for (const p of d.policies) if (p.regionId === "chengdu-hitech") p.title = { zh: plus, en: hyperlink };
  for (const i of d.incentives) if (i.regionId === "chengdu-hitech") i.quotes = [tab, ...i.quotes.slice(1)];
  const xinhua = d.sources.find((s) => s.id === "xinhua-chengdu-hitech");
  if (xinhua) {
    xinhua.title = cr;
    xinhua.titleEn = plus;
    xinhua.publisher = { zh: minus, en: minus };
    xinhua.url = hyperlink;
  }
  return d;
}
