/**
 * 任务窗格的全部简体中文文本。键与英文文件完全一致（类型为 `Strings`，由英文对象推导）。
 */
import type { Strings } from "../en";

import { shell } from "./shell";
import { calculator } from "./calculator";
import { compare } from "./compare";
import { data } from "./data";
import { explore } from "./explore";
import { functions } from "./functions";
import { profile } from "./profile";

export const zh: Strings = { ...shell, explore, calculator, compare, profile, functions, data };
