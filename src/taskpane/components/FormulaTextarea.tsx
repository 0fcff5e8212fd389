/**
 * A native textarea for formula text, drawn like Fluent's Textarea (whose package would add 4 KiB
 * gzip to the page for a box or two): monospace, Fluent's tokens, a focus line that stays visible
 * in high-contrast modes. Used inside Fluent's Field (pass its control props through).
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TextareaHTMLAttributes } from "react";

const useStyles = makeStyles({
  box: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "64px",
    resize: "vertical",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalMNudge}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: "none",
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    // Not while focused: Griffel writes :hover after :focus, and the focus line must win.
    ":hover:not(:focus)": {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderInlineColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ":focus": {
      borderBottomColor: tokens.colorCompoundBrandStroke,
      boxShadow: `inset 0 -1px 0 ${tokens.colorCompoundBrandStroke}`,
      // High-contrast modes drop box-shadow and force border colours; a transparent outline is drawn in a system colour there.
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: "transparent",
    },
  },
});

/** The textarea; every prop goes to the native element. */
export function FormulaTextarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const styles = useStyles();
  return <textarea {...props} className={mergeClasses(styles.box, className)} />;
}
