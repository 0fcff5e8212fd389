/**
 * One CN function from core's FUNCTION_CATALOG: signature with [optional] arguments, the same
 * signature as Chinese Excel's argument help shows it (same function name, Chinese parameter
 * names), description, arguments, result, examples with their results, and the form to insert it
 * into a cell.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { NAMESPACE, type CatalogFunction } from "../../../core/api/catalog/catalog-types";
import { functionSignature } from "./formula-builder";
import { useI18n } from "../../i18n";
import type { PaneHost, PaneOperations } from "../../host/operations";
import { Disclosure } from "../../components/Disclosure";
import { FormulaBuilder } from "./FormulaBuilder";

const useStyles = makeStyles({
  card: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  signature: { margin: 0, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: "2px" },
  sub: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

/** A result as shown: digits get thousands separators. */
function shownResult(result: string): string {
  return /^\d{4,}$/.test(result) ? Number(result).toLocaleString("en-US") : result;
}

/** Props: the function and the host's operations. */
export interface FunctionCardProps {
  fn: CatalogFunction;
  host: PaneHost;
  operations: PaneOperations;
}

/** One function's reference card. */
export function FunctionCard({ fn, host, operations }: FunctionCardProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const zh = language === "zh";
  return (
    <li className={styles.card}>
      <h3 className={styles.signature}>{functionSignature(fn)}</h3>
      <Text size={200} className={styles.muted}>
        {t.functions.chineseHelp}: <span className={styles.code}>{functionSignature(fn, "zh")}</span>
      </Text>
      <Text>{zh ? fn.zh : fn.en}</Text>
      <h4 className={styles.sub}>{t.functions.parameters}</h4>
      <ul className={styles.list}>
        {fn.parameters.map((p) => (
          <li key={p.name}>
            <Text size={200}>
              <code className={styles.code}>{p.name}</code>
              {p.optional ? t.functions.optionalSuffix : ""}
              {t.functions.colon}
              {zh ? p.zh : p.en}
            </Text>
          </li>
        ))}
      </ul>
      <h4 className={styles.sub}>{t.functions.returns}</h4>
      <Text size={200}>
        {zh ? fn.returns.zh : fn.returns.en}
        {fn.spills ? ` ${t.functions.spills}` : ""}
      </Text>
      <h4 className={styles.sub}>{t.functions.examples}</h4>
      <ul className={styles.list}>
        {fn.examples.map((example) => (
          <li key={example.formula}>
            <Text size={200} block>
              <code className={styles.code}>{example.formula}</code> → <strong>{shownResult(example.result)}</strong>
            </Text>
            <Text size={200} className={styles.muted}>
              {zh ? example.zh : example.en}
            </Text>
          </li>
        ))}
      </ul>
      <Disclosure label={t.functions.build} ariaLabel={`${t.functions.build}: ${NAMESPACE}.${fn.id}`}>
        <FormulaBuilder fn={fn} host={host} operations={operations} />
      </Disclosure>
    </li>
  );
}
