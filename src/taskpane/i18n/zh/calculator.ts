/** 计算器视图：各地区按金额的补贴. */
import type { Strings } from "../en";

export const calculator: Strings["calculator"] = {
  heading: "补贴计算器",
  intro: "按类别和金额计算各地规则最多可给的补贴，从高到低排列，并说明所用规则。除按公布比例或固定奖励确定的金额外，均为最高额（上限）。",
  upTo: (amount: string) => `最高 ${amount}`,
  categoryLabel: "类别",
  unitLabel: "单位",
  amountLabel: "符合条件的支出（可选）",
  amountHint: "例如 200,000,000、2亿 或 500万。留空：各地上限。",
  invalidAmount: "不是有效金额。请输入数字（如 200,000,000）或 2亿、500万元。",
  tooLarge: "金额超过 1,000万亿元：请检查数字和单位。",
  amountShown: (amount: string) => `支出 ${amount}`,
  capsShown: "上限（未填金额）",
  results: (n: number) => `${n} 个地区，从高到低`,
  none: "数据集中没有地区提供此类补贴。",
  rank: (n: number) => `第 ${n} 名`,
  insert: "插入为表格",
  inserting: "正在插入表格…",
  inserted: (address: string) => `表格已插入 ${address}。`,
  insertFailed: "表格未插入。",
};
