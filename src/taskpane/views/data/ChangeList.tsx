/**
 * The cells of the workbook a new dataset version changes: per sheet the count, then each cell
 * (a link that selects it in Excel), old → new, the records and fields behind it, and the old and
 * new quotes behind a toggle. Long lists show the first MAX_SHOWN cells and say how many more.
 */
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellChange } from "../../../core/changes/workbook-changes";
import { quoteSheetName } from "../../../core/sheets/sheet-names";
import { Disclosure } from "../../components/Disclosure";
import { shownValue } from "../../components/shown-value";
import { useI18n } from "../../i18n";

/** The most cells listed; the rest are counted. */
export const MAX_SHOWN = 200;

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { overflowWrap: "anywhere" },
  values: { fontVariantNumeric: "tabular-nums" },
  muted: { color: tokens.colorNeutralForeground2 },
  quote: { margin: 0, fontSize: tokens.fontSizeBase200 },
  counts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

/** Props: the changed cells, the two versions, and how to select a cell (absent in the preview). */
export interface ChangeListProps {
  changes: readonly CellChange[];
  perSheet: readonly { sheet: string; changed: number }[];
  from: string;
  to: string;
  onSelect?: (change: CellChange) => void;
}

/** The list of changed cells. */
export function ChangeList({ changes, perSheet, from, to, onSelect }: ChangeListProps) {
  const { t } = useI18n();
  const tw = t.data.workbookChanges;
  const styles = useStyles();
  const shown = changes.slice(0, MAX_SHOWN);
  return (
    <>
      <ul className={styles.counts}>
        {perSheet.map((s) => (
          <li key={s.sheet}>{tw.perSheet(s.sheet, s.changed)}</li>
        ))}
      </ul>
      <ol className={styles.list}>
        {shown.map((c) => {
          const where = `${quoteSheetName(c.sheet)}!${c.address}`;
          return (
            <li key={where} className={styles.item}>
              {onSelect ? (
                <Link as="button" onClick={() => onSelect(c)} aria-label={tw.select(where)}>
                  {where}
                </Link>
              ) : (
                <Text weight="semibold">{where}</Text>
              )}{" "}
              <span className={styles.values} aria-label={tw.oldNew}>
                {shownValue(c.before)} → {shownValue(c.after)}
              </span>
              <br />
              <Text size={200} className={styles.muted}>
                {c.causes.length === 0 ? tw.onlyVersion : c.causes.map((k) => k.text).join("; ")}
              </Text>
              {c.causes.some((k) => k.quotesBefore.length > 0 || k.quotesAfter.length > 0) && (
                <Disclosure label={tw.quotes} size="small">
                  {c.causes.map((k) => (
                    <div key={`${k.kind}:${k.id}`}>
                      <p className={styles.quote}>
                        <Text weight="semibold">{tw.oldQuote(from)}: </Text>“{k.quotesBefore.join(" … ")}”
                      </p>
                      <p className={styles.quote}>
                        <Text weight="semibold">{tw.newQuote(to)}: </Text>“{k.quotesAfter.join(" … ")}”
                      </p>
                    </div>
                  ))}
                </Disclosure>
              )}
            </li>
          );
        })}
      </ol>
      {changes.length > shown.length && <Text size={200}>{tw.more(changes.length - shown.length)}</Text>}
    </>
  );
}
