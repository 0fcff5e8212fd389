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

/** A TypeScript enum member name for a value: an identifier when it is one, else a string literal. */
function memberName(value) {
  return /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(value) ? value : JSON.stringify(value);
}

function render(dataset) {
  const incentivesIn = (id) => dataset.incentives.filter((i) => i.regionId === id).map((i) => i.category);
  const regions = dataset.regions.map((r) => {
    const has = [...new Set(incentivesIn(r.id))];
    const tip = `${r.name.en}${has.length ? ` · ${has.join(", ")}` : ""}`;
    return `  /** ${tip} */\n  ${memberName(r.name.zhHans)} = ${JSON.stringify(r.name.zhHans)},`;
  });
  const categories = [...dataset.categories, { id: "any", name: { zh: "任意(单项最高)", en: "Any (largest single incentive)" } }].map(
    (c) => `  /** ${c.name.en} · ${c.name.zh} */\n  ${memberName(c.id)} = ${JSON.stringify(c.id)},`,
  );
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

module.exports = { generate, current };

if (require.main === module) {
  const text = fs.readFileSync(FUNCTIONS_FILE, "utf8");
  const block = current();
  if (!block) throw new Error(`${FUNCTIONS_FILE} has no generated enums block`);
  fs.writeFileSync(FUNCTIONS_FILE, text.replace(block, generate()));
  console.log(`updated the enums of ${FUNCTIONS_FILE}`);
}
