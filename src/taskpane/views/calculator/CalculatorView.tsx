/**
 * Calculator: a category and an amount → every region's subsidy, best first, each with the rule
 * applied in words ("30% × 200,000,000 CNY = 60,000,000 CNY, capped at 30,000,000 CNY") and its
 * status; in Excel, the ranking can be inserted as a table.
 */
import { Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { type Atlas } from "../../../core/names/atlas";
import { ANY_CATEGORY } from "../../../core/names/name-entries";
import { recordFreshness } from "../../../core/rules/freshness";
import { planCalculatorTable } from "../../../core/sheets/calculator-plan";
import { explainOutcome, isFirmFigure } from "../../../core/rules/rule-explanation";
import type { Unit } from "../../../core/text/units";
import { readAmount } from "../../components/amount-input";
import { formatMoney } from "../../i18n/format";
import { useTask } from "../../components/useTask";
import { useToday } from "../../host/clock";
import { useI18n } from "../../i18n";
import { categoryName, regionName } from "../../i18n/names";
import type { PaneHost, PaneOperations } from "../../host/operations";
import type { PaneUnitId } from "../../i18n/preferences";
import { ExcelAction } from "../../components/ExcelAction";
import { StatusBadges } from "../../components/StatusBadges";
import { TaskStatus } from "../../components/TaskStatus";
import { FitSelect } from "../../components/FitSelect";
import { UnitSelect } from "../../components/UnitSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  inputs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  amount: { flex: "1 1 180px", minWidth: 0 },
  unit: { flex: "0 1 120px", minWidth: 0 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    listStyleType: "none",
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rank: {
    gridRow: "1 / span 4",
    minWidth: "28px",
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  line: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  resultsHeading: { margin: `0 0 ${tokens.spacingVerticalS}` },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

/** Props: the data, the unit (shared with the header) and the host's operations. */
export interface CalculatorViewProps {
  atlas: Atlas;
  unit: Unit;
  onUnitChange: (unit: PaneUnitId) => void;
  host: PaneHost;
  operations: PaneOperations;
}

/** The Calculator view. */
export function CalculatorView({ atlas, unit, onUnitChange, host, operations }: CalculatorViewProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const today = useToday();
  const categories = useMemo(() => [...atlas.dataset.categories, ANY_CATEGORY], [atlas]);
  const [categoryId, setCategoryId] = useState(() => (atlas.categoryOf("model") ? "model" : ANY_CATEGORY.id));
  const [amountText, setAmountText] = useState("");
  const category = atlas.categoryOf(categoryId) ?? ANY_CATEGORY;
  const amount = readAmount(amountText, unit);
  const amountYuan = amount.kind === "amount" ? amount.yuan : undefined;
  const ranked = useMemo(
    () => (amount.kind === "invalid" ? [] : atlas.rank(category, amountYuan)),
    [atlas, category, amount.kind, amountYuan],
  );
  const [insertState, insert] = useTask(() =>
    operations.insertCalculatorTable(
      planCalculatorTable(atlas, { categoryId: category.id, amount: amountYuan, unit: unit.id, language, today }),
    ),
  );

  const validation =
    amount.kind === "invalid" ? (amount.reason === "too-large" ? t.calculator.tooLarge : t.calculator.invalidAmount) : undefined;

  return (
    <div className={styles.root}>
      <Text>{t.calculator.intro}</Text>
      <Field label={t.calculator.categoryLabel}>
        <FitSelect value={category.id} onChange={(_, data) => setCategoryId(data.value)}>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryName(c, language)} ({c.id})
            </option>
          ))}
        </FitSelect>
      </Field>
      <div className={styles.inputs}>
        <Field
          className={styles.amount}
          label={t.calculator.amountLabel}
          hint={t.calculator.amountHint}
          validationState={validation ? "error" : "none"}
          validationMessage={validation}
        >
          <Input inputMode="decimal" value={amountText} placeholder="200,000,000" onChange={(_, data) => setAmountText(data.value)} />
        </Field>
        <Field className={styles.unit} label={t.calculator.unitLabel}>
          <UnitSelect value={unit.id as PaneUnitId} onUnitChange={onUnitChange} />
        </Field>
      </div>

      {amount.kind !== "invalid" && (
        <section aria-labelledby="calculator-results">
          <Text as="h3" id="calculator-results" weight="semibold" size={300} block className={styles.resultsHeading}>
            {amountYuan === undefined ? t.calculator.capsShown : t.calculator.amountShown(formatMoney(amountYuan, unit, language))} ·{" "}
            {ranked.length === 0 ? t.calculator.none : t.calculator.results(ranked.length)}
          </Text>
          <ol className={styles.list}>
            {ranked.map((row) => {
              const incentive = row.outcome.incentive;
              const rowCategory = atlas.categoryOf(incentive.category);
              return (
                <li key={row.region.id} className={styles.item}>
                  <span className={styles.rank}>{t.calculator.rank(row.rank)}</span>
                  <div className={styles.line}>
                    <Text weight="semibold">{regionName(row.region, language)}</Text>
                    <Text weight="semibold">
                      {isFirmFigure(row.outcome)
                        ? formatMoney(row.outcome.value, unit, language)
                        : t.calculator.upTo(formatMoney(row.outcome.value, unit, language))}
                    </Text>
                  </div>
                  <Text size={200} className={styles.muted}>
                    {language === "en" && <span lang="zh-Hans">{row.region.name.zhHans} · </span>}
                    {category.id === ANY_CATEGORY.id && rowCategory ? `${categoryName(rowCategory, language)} · ` : ""}
                    <code>{incentive.category}</code>
                  </Text>
                  <StatusBadges
                    status={atlas.statusOf(incentive)}
                    freshness={recordFreshness((id) => atlas.policy(id), incentive, today)}
                    showFinal
                  />
                  <Text size={200}>{explainOutcome(row.outcome, unit, language)}</Text>
                </li>
              );
            })}
          </ol>
        </section>
      )}

      <div className={styles.actions}>
        <ExcelAction
          feature="insertCalculatorTable"
          host={host}
          icon={<TableAddRegular />}
          busy={insertState.status === "running"}
          disabled={ranked.length === 0}
          onClick={() => void insert()}
        >
          {t.calculator.insert}
        </ExcelAction>
        <TaskStatus
          state={insertState}
          running={t.calculator.inserting}
          done={(result) => t.calculator.inserted(result.address)}
          doneTitle={t.calculator.insert}
          failed={t.calculator.insertFailed}
        />
      </div>
    </div>
  );
}
