/**
 * A rendered preview of a comparison sheet, straight from its plan (core's planComparison): the
 * cells as Excel would show them (number formats and status marks applied), the largest figure
 * of each category highlighted (and labelled for screen readers), column letters and row numbers
 * as in Excel, long text overflowing into empty cells to its right.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo, type ReactNode } from "react";
import { columnLetters } from "../../core/sheets/a1";
import { COMPARISON_STYLE, type PlannedFigure } from "../../core/sheets/comparison-sheet";
import { gridDisplayText, type CellRole, type SheetGrid } from "../../core/sheets/sheet-grid";
import { useI18n } from "../i18n";
import { VisuallyHidden } from "./VisuallyHidden";

const useStyles = makeStyles({
  scroller: {
    // Positioned, so the screen-reader-only labels inside stay within it rather than widening the page.
    position: "relative",
    overflow: "auto",
    maxHeight: "420px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  // As wide as the pane when it can be: text cells wrap, figures and names never do.
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  gutter: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    padding: "1px 6px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    top: 0,
  },
  rowGutter: { position: "sticky", left: 0, top: "auto" },
  cell: {
    padding: "2px 6px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  wrap: { whiteSpace: "normal" },
  labelWidth: { minWidth: "8em" },
  title: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase400 },
  label: { fontWeight: tokens.fontWeightSemibold },
  parameter: { backgroundColor: COMPARISON_STYLE.parameterFill, color: "#242424" },
  hint: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  figure: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  mark: { fontStyle: "italic", color: tokens.colorPaletteDarkOrangeForeground1 },
  highlight: {
    backgroundColor: COMPARISON_STYLE.highlightFill,
    color: COMPARISON_STYLE.highlightFont,
    fontWeight: tokens.fontWeightBold,
  },
});

/** Roles whose text runs on into the empty cells to its right, as long text does in Excel. */
const OVERFLOWING: ReadonlySet<CellRole> = new Set(["title", "hint", "note", "parameter-label", "column-label"]);
/** Roles whose text may wrap in the preview (figures, keys and headers stay on one line). */
const WRAPPING: ReadonlySet<CellRole> = new Set(["title", "hint", "note", "parameter-label", "column-label", "key-label", "text"]);

/** Props: the plan to preview and an accessible name for the scrolling region. */
export interface SheetPreviewProps {
  /** Any planned sheet: a comparison sheet (with its figures' marks and highlights) or a package sheet. */
  plan: { grid: SheetGrid; figures?: readonly PlannedFigure[] };
  label: string;
}

/** The preview table. */
export function SheetPreview({ plan, label }: SheetPreviewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { grid } = plan;
  const shown = useMemo(() => gridDisplayText(grid), [grid]);
  const figures = useMemo(
    () => new Map<string, PlannedFigure>((plan.figures ?? []).map((f) => [`${f.row}:${f.column}`, f])),
    [plan.figures],
  );

  const roleClass = (role: CellRole): string | undefined => {
    switch (role) {
      case "title":
        return styles.title;
      case "parameter-label":
        return styles.label;
      case "parameter":
        return styles.parameter;
      case "hint":
      case "note":
      case "column-label":
        return styles.hint;
      case "header":
        return styles.header;
      case "key":
        return styles.label;
      case "figure":
        return styles.figure;
      default:
        return undefined;
    }
  };

  const rows: ReactNode[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const cells: ReactNode[] = [];
    for (let c = 0; c < grid.columns;) {
      const role = grid.roles[r][c];
      let span = 1;
      if (OVERFLOWING.has(role) && shown[r][c] !== "") {
        while (c + span < grid.columns && shown[r][c + span] === "" && grid.roles[r][c + span] === "empty") span++;
      }
      const figure = figures.get(`${r}:${c}`);
      const className = mergeClasses(
        styles.cell,
        roleClass(role),
        WRAPPING.has(role) && styles.wrap,
        WRAPPING.has(role) && span === 1 && styles.labelWidth,
        figure && figure.status !== null && figure.status !== "final" && styles.mark,
        figure?.highlighted && styles.highlight,
      );
      const header = role === "header";
      const Cell = header ? "th" : "td";
      cells.push(
        <Cell key={c} className={className} colSpan={span > 1 ? span : undefined} scope={header ? "col" : undefined}>
          {shown[r][c]}
          {figure?.highlighted && <VisuallyHidden> ({t.compare.largest})</VisuallyHidden>}
        </Cell>,
      );
      c += span;
    }
    rows.push(
      <tr key={r}>
        <th scope="row" className={mergeClasses(styles.gutter, styles.rowGutter)}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }

  return (
    <div className={styles.scroller} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            <td className={styles.gutter} />
            {Array.from({ length: grid.columns }, (_, c) => (
              <th key={c} scope="col" className={styles.gutter}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
