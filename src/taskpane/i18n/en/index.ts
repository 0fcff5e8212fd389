/**
 * Every English string of the pane. The Chinese file must have exactly these keys (its type is
 * `Strings`, derived from this object). Dataset text (names, quotes, titles) is not here: it
 * comes from the dataset in the user's language.
 */
import { shell } from "./shell";
import { calculator } from "./calculator";
import { compare } from "./compare";
import { data } from "./data";
import { explore } from "./explore";
import { functions } from "./functions";
import { profile } from "./profile";

export const en = { ...shell, explore, calculator, compare, profile, functions, data };

/** The pane's strings: the shape of the English file, which the Chinese file must match. */
export type Strings = typeof en;
