/** Calculator: every region's subsidy for an amount. */
export const calculator = {
  heading: "Subsidy calculator",
  intro:
    "The most every region's rules pay for a category and an amount, best first, with the rule applied. Figures are ceilings (up to) unless a published rate or fixed award sets them.",
  upTo: (amount: string) => `up to ${amount}`,
  categoryLabel: "Category",
  unitLabel: "Unit",
  amountLabel: "Eligible spend (optional)",
  amountHint: "For example 200,000,000, 2亿 or 500万. Empty: each region's cap.",
  invalidAmount: "Not an amount. Type a number such as 200,000,000, or 2亿 or 500万元.",
  tooLarge: "That amount is over 1,000万亿 yuan: check the number and the unit.",
  amountShown: (amount: string) => `Spend of ${amount}`,
  capsShown: "Caps (no amount given)",
  results: (n: number) => `${n} ${n === 1 ? "region" : "regions"}, best first`,
  none: "No region in the dataset has this incentive.",
  rank: (n: number) => `#${n}`,
  insert: "Insert as table",
  inserting: "Inserting the table…",
  inserted: (address: string) => `Table inserted at ${address}.`,
  insertFailed: "The table was not inserted.",
};
