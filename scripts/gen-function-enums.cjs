/**
 * Generates the custom enums of src/functions/functions.ts (between the "generated enums"
 * markers): the region and category values Excel offers in formula AutoComplete, from
 * seeds/atlas-dataset.json. The metadata generator only reads enums declared in the functions
 * file itself, hence a generated block there. They are suggestions: any name CN.* understands
 * still works. Run: node scripts/gen-function-enums.cjs (a test fails when the block is stale).
 */
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");

/**
 * A TypeScript enum member name for a value, always a plain identifier: the metadata generator
 * takes the member's source text as the enum value's `name`, which is what Excel's AutoComplete
 * shows, so a quoted member (`"compute-case"`) would show its quotes. Characters an identifier
 * cannot hold become `_` (`compute-case` → `compute_case`); the value itself stays as it is.
 */
function memberName(value) {
  const name = value.replace(/[^\p{L}\p{N}_$]+/gu, "_");
  return /^[\p{L}_$]/u.test(name) ? name : `_${name}`;
}

/** Member names for values, unique: a clash (`a-b` and `a_b`) gets a numeric suffix. */
function memberNames(values) {
  const used = new Set();
  return values.map((value) => {
    const base = memberName(value);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}

function render(dataset) {
  const incentivesIn = (id) => dataset.incentives.filter((i) => i.regionId === id).map((i) => i.category);
  const regionNames = memberNames(dataset.regions.map((r) => r.name.zhHans));
  const regions = dataset.regions.map((r, i) => {
    const has = [...new Set(incentivesIn(r.id))];
    const tip = `${r.name.en}${has.length ? ` · ${has.join(", ")}` : ""}`;
    return `  /** ${tip} */\n  ${regionNames[i]} = ${JSON.stringify(r.name.zhHans)},`;
  });
  const allCategories = [...dataset.categories, { id: "any", name: { zh: "任意(单项最高)", en: "Any (largest single incentive)" } }];
  const categoryNames = memberNames(allCategories.map((c) => c.id));
  const categories = allCategories.map((c, i) => `  /** ${c.name.en} · ${c.name.zh} */\n  ${categoryNames[i]} = ${JSON.stringify(c.id)},`);
  return `${START}
/**
 * Regions, offered in Excel's formula AutoComplete.
 * @customenum {string}
 */
export enum REGION {
${regions.join("\n")}
}

/**
 * Subsidy categories, offered in Excel's formula AutoComplete.
 * @customenum {string}
 */
export enum CATEGORY {
${categories.join("\n")}
}
${END}`;
}

const START = "// <generated enums: scripts/gen-function-enums.cjs from seeds/atlas-dataset.json; do not edit>";
const END = "// </generated enums>";
const FUNCTIONS_FILE = path.join(root, "src", "functions", "functions.ts");

/** The enums block as generated from the dataset. */
function generate() {
  const dataset = JSON.parse(fs.readFileSync(path.join(root, "seeds", "atlas-dataset.json"), "utf8"));
  return render(dataset);
}

/** The enums block as it stands in functions.ts. */
function current() {
  const text = fs.readFileSync(FUNCTIONS_FILE, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start >= 0 && end > start ? text.slice(start, end + END.length) : undefined;
}

module.exports = { generate, current, memberName };

if (require.main === module) {
  const text = fs.readFileSync(FUNCTIONS_FILE, "utf8");
  const block = current();
  if (!block) throw new Error(`${FUNCTIONS_FILE} has no generated enums block`);
  fs.writeFileSync(FUNCTIONS_FILE, text.replace(block, generate()));
  console.log(`updated the enums of ${FUNCTIONS_FILE}`);
}
