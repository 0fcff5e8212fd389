/**
 * Compare: regions × categories → a comparison sheet. The controls (regions, categories, layout,
 * live formulas or static values, unit, amount, sheet language), validation, a rendered preview
 * from core's plan in both hosts, and in Excel the insertion with its progress and result.
 */
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { type Atlas } from "../../../core/names/atlas";
import { ANY_CATEGORY } from "../../../core/names/name-entries";
import { planComparison } from "../../../core/sheets/comparison-plan";
import { type ComparisonOptions, type ComparisonSheetPlan, type Orientation } from "../../../core/sheets/comparison-sheet";
import type { Unit } from "../../../core/text/units";
import { readAmount } from "../../components/amount-input";
import { unitOf } from "../../i18n/format";
import { useTask } from "../../components/useTask";
import { useToday } from "../../host/clock";
import { useI18n, type Language } from "../../i18n";
import { categoryName, regionName } from "../../i18n/names";
import type { PaneHost, PaneOperations } from "../../host/operations";
import type { PaneUnitId } from "../../i18n/preferences";
import { ChoiceList } from "./ChoiceList";
import { ConvertToValues } from "./ConvertToValues";
import { ExcelAction } from "../../components/ExcelAction";
import { SheetPreview } from "../../components/SheetPreview";
import { TaskStatus } from "../../components/TaskStatus";
import { FitSelect } from "../../components/FitSelect";
import { UnitSelect } from "../../components/UnitSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  options: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
    // "实时公式（=CN.AISUBSIDY）" has no break opportunity in its formula part: let it wrap in a narrow pane.
    "& label": { overflowWrap: "anywhere" },
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Props: the data, the user's unit and the host's operations. */
export interface CompareViewProps {
  atlas: Atlas;
  unit: Unit;
  host: PaneHost;
  operations: PaneOperations;
}

/** The Compare view. */
export function CompareView({ atlas, unit, host, operations }: CompareViewProps) {
  const { t, language } = useI18n();
  const today = useToday();
  const styles = useStyles();
  const regionsWithData = useMemo(() => atlas.dataset.regions.filter((r) => atlas.categoriesIn(r).length > 0).map((r) => r.id), [atlas]);
  const categoriesWithData = useMemo(
    () => atlas.dataset.categories.filter((c) => atlas.dataset.incentives.some((i) => i.category === c.id)).map((c) => c.id),
    [atlas],
  );
  const [regionIds, setRegionIds] = useState<string[]>(regionsWithData);
  const [categoryIds, setCategoryIds] = useState<string[]>(() =>
    ["model", "rnd", "compute", "chip", "general"].filter((id) => atlas.categoryOf(id)),
  );
  const [orientation, setOrientation] = useState<Orientation>("categories-as-rows");
  const [mode, setMode] = useState<ComparisonOptions["mode"]>("live");
  const [unitChoice, setUnitChoice] = useState<PaneUnitId | null>(null);
  const [sheetLanguageChoice, setSheetLanguageChoice] = useState<Language | null>(null);
  const [amountText, setAmountText] = useState("");

  const sheetUnit = unitChoice ? unitOf(unitChoice) : unit;
  const sheetLanguage = sheetLanguageChoice ?? language;
  const amount = readAmount(amountText, sheetUnit);
  const knownRegions = regionIds.filter((id) => atlas.regionOf(id));
  const knownCategories = categoryIds.filter((id) => atlas.categoryOf(id));
  // Plans are keyed by the ids' content, so a re-render with equal picks reuses the plan.
  const regionKey = knownRegions.join(",");
  const categoryKey = knownCategories.join(",");
  const amountYuan = amount.kind === "amount" ? amount.yuan : undefined;

  const planned = useMemo((): { plan?: ComparisonSheetPlan; error?: string } => {
    if (regionKey === "" || categoryKey === "" || amount.kind === "invalid") return {};
    try {
      return {
        plan: planComparison(atlas, {
          regionIds: regionKey.split(","),
          categoryIds: categoryKey.split(","),
          orientation,
          mode,
          unit: sheetUnit.id,
          amount: amountYuan,
          language: sheetLanguage,
          today,
        }),
      };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [atlas, regionKey, categoryKey, orientation, mode, sheetUnit.id, amountYuan, amount.kind, sheetLanguage, today]);
  const plan = planned.plan;

  const [insertState, insert] = useTask((p: ComparisonSheetPlan) => operations.insertComparison(p));
  const amountError =
    amount.kind === "invalid" ? (amount.reason === "too-large" ? t.calculator.tooLarge : t.calculator.invalidAmount) : undefined;

  return (
    <div className={styles.root}>
      <Text>{t.compare.intro}</Text>
      <div className={styles.group}>
        <ChoiceList
          legend={t.compare.regions}
          choices={atlas.dataset.regions.map((r) => ({
            id: r.id,
            label: regionName(r, language),
            detail: t.compare.hasData(atlas.categoriesIn(r).length),
          }))}
          selected={regionIds}
          onChange={setRegionIds}
          quickPicks={[
            { label: t.compare.selectAll, ids: atlas.dataset.regions.map((r) => r.id) },
            { label: t.compare.withData, ids: regionsWithData },
            { label: t.compare.clear, ids: [] },
          ]}
          errorId={knownRegions.length === 0 ? "compare-region-error" : undefined}
        />
        {knownRegions.length === 0 && (
          <Text id="compare-region-error" role="alert" className={styles.error}>
            {t.compare.needRegion}
          </Text>
        )}
      </div>
      <div className={styles.group}>
        <ChoiceList
          legend={t.compare.categories}
          choices={[...atlas.dataset.categories, ANY_CATEGORY].map((c) => ({ id: c.id, label: categoryName(c, language), detail: c.id }))}
          selected={categoryIds}
          onChange={setCategoryIds}
          quickPicks={[
            { label: t.compare.selectAll, ids: [...atlas.dataset.categories.map((c) => c.id), ANY_CATEGORY.id] },
            { label: t.compare.withData, ids: categoriesWithData },
            { label: t.compare.clear, ids: [] },
          ]}
          errorId={knownCategories.length === 0 ? "compare-category-error" : undefined}
        />
        {knownCategories.length === 0 && (
          <Text id="compare-category-error" role="alert" className={styles.error}>
            {t.compare.needCategory}
          </Text>
        )}
      </div>
      <div className={styles.options}>
        <Field label={t.compare.layout}>
          <RadioGroup value={orientation} onChange={(_, data) => setOrientation(data.value as Orientation)}>
            <Radio value="categories-as-rows" label={t.compare.categoriesAsRows} />
            <Radio value="regions-as-rows" label={t.compare.regionsAsRows} />
          </RadioGroup>
        </Field>
        <Field label={t.compare.cells}>
          <RadioGroup value={mode} onChange={(_, data) => setMode(data.value as ComparisonOptions["mode"])}>
            <Radio value="live" label={t.compare.live} />
            <Radio value="static" label={t.compare.static} />
          </RadioGroup>
        </Field>
        <Field label={t.compare.unit}>
          <UnitSelect value={sheetUnit.id as PaneUnitId} onUnitChange={setUnitChoice} />
        </Field>
        <Field label={t.compare.sheetLanguage}>
          <FitSelect value={sheetLanguage} onChange={(_, data) => setSheetLanguageChoice(data.value as Language)}>
            <option value="en">{t.languages.en}</option>
            <option value="zh">{t.languages.zh}</option>
          </FitSelect>
        </Field>
      </div>
      <Field
        label={t.compare.amount}
        hint={t.compare.amountHint}
        validationState={amountError ? "error" : "none"}
        validationMessage={amountError}
      >
        <Input inputMode="decimal" value={amountText} placeholder="200,000,000" onChange={(_, data) => setAmountText(data.value)} />
      </Field>

      {planned.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.compare.planFailed}</MessageBarTitle>
            {planned.error}
          </MessageBarBody>
        </MessageBar>
      )}

      {plan && (
        <div className={styles.group}>
          <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
            {t.compare.previewOf(plan.sheetName)}
          </Text>
          <Text size={200}>{t.compare.previewHint}</Text>
          <SheetPreview plan={plan} label={t.compare.previewOf(plan.sheetName)} />
        </div>
      )}

      <div className={styles.group}>
        <div>
          <ExcelAction
            feature="insertComparison"
            host={host}
            appearance="primary"
            icon={<DocumentTableRegular />}
            busy={insertState.status === "running"}
            disabled={!plan}
            onClick={() => plan && void insert(plan)}
          >
            {t.compare.insert}
          </ExcelAction>
        </div>
        <TaskStatus
          state={insertState}
          running={t.compare.inserting}
          doneTitle={t.compare.insert}
          done={(result) => t.compare.inserted(result.sheetName, result.sourcesSheetName)}
          failed={t.compare.insertFailed}
        />
      </div>

      <ConvertToValues host={host} operations={operations} />
    </div>
  );
}
