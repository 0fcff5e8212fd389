/**
 * The Fluent theme that matches Office: dark for the Black and Dark Gray Office themes (judged by
 * the body background's luminance), light otherwise, with Excel's green brand for Colorful. In a
 * browser (no Office theme) the web light or dark theme, following prefers-color-scheme.
 */
import { createLightTheme, webDarkTheme, webLightTheme, type BrandVariants, type Theme } from "@fluentui/react-components";

/** What index.tsx reads from Office.context.officeTheme. */
export interface OfficeThemeInfo {
  bodyBackgroundColor: string;
  bodyForegroundColor?: string;
  /** True for Office's Colorful theme. */
  colorful?: boolean;
}

/** Which theme the pane uses, for tests and the page's color-scheme. */
export type ThemeKind = "light" | "dark" | "colorful";

/** Excel's green as a Fluent brand ramp (10 darkest … 160 lightest). */
const EXCEL_BRAND: BrandVariants = {
  10: "#020904",
  20: "#0E2114",
  30: "#12361F",
  40: "#144528",
  50: "#155532",
  60: "#16653B",
  70: "#177545",
  80: "#1A864F",
  90: "#217346",
  100: "#2E8B57",
  110: "#47A06D",
  120: "#63B484",
  130: "#80C79C",
  140: "#9FD9B5",
  150: "#BFEACE",
  160: "#E0F6E8",
};

/** Relative luminance of a `#rrggbb` (or `#rgb`) colour; undefined when it is not one. */
export function luminance(color: string): number | undefined {
  const hex = color.trim().replace(/^#/, "");
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const channel = (i: number): number => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** The kind of theme for an Office theme, or for the browser's colour scheme when there is none. */
export function themeKind(office: OfficeThemeInfo | undefined, prefersDark: boolean): ThemeKind {
  if (!office) return prefersDark ? "dark" : "light";
  const l = luminance(office.bodyBackgroundColor);
  if (l !== undefined && l < 0.2) return "dark";
  return office.colorful ? "colorful" : "light";
}

let colorfulTheme: Theme | undefined;

/** The Fluent theme of a kind. */
export function fluentTheme(kind: ThemeKind): Theme {
  if (kind === "dark") return webDarkTheme;
  if (kind === "light") return webLightTheme;
  colorfulTheme ??= createLightTheme(EXCEL_BRAND);
  return colorfulTheme;
}
