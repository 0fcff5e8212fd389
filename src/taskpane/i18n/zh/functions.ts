/** 函数视图：函数说明与公式生成. */
import type { Strings } from "../en";

export const functions: Strings["functions"] = {
  heading: "工作表函数",
  intro: "可像 Excel 自带函数一样在任意单元格输入，也可在此构建后插入。",
  chineseHelp: "中文版 Excel 的参数提示（函数名相同）",
  parameters: "参数",
  optionalSuffix: "（可选）",
  colon: "：",
  withOptional: (name: string) => `${name}（可选）`,
  returns: "返回",
  spills: "结果会溢出到下方和右侧的单元格。",
  examples: "示例",
  build: "插入到单元格",
  buildHint: "输入值，或在工作表中选择单元格并将其用作参数。",
  useSelected: "使用所选单元格",
  removeReference: (cell: string) => `不再使用单元格 ${cell}`,
  formula: "公式",
  missing: (names: readonly string[]) => `请填写：${names.join("、")}。`,
  insert: "插入到所选单元格",
  inserted: (address: string) => `公式已写入 ${address}。`,
  insertFailed: "公式未插入。",
  readFailed: "无法读取所选单元格。",
  copy: "复制公式",
  copied: "公式已复制，可粘贴到 Excel 单元格中。",
  copyFailed: "浏览器不允许复制：请手动选择并复制公式。",
};
