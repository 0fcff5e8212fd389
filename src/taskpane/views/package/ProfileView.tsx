/**
 * Package (政策计算器, PRODUCT.md §9): the company profile (fields with units; yes / no / unknown
 * for judgements), every region ranked by its package with both totals, each expandable to its
 * breakdown, and "Insert package sheet" with a preview of the sheet from core's plan. Loaded
 * lazily: its code arrives only when the tab is first opened.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Atlas } from "../../../core/names/atlas";
import { isEmptyProfile, packageStartYear, rankPackages } from "../../../core/package/package";
import { planPackageSheet, type PackageSheetOptions, type PackageSheetPlan } from "../../../core/sheets/package-sheet-plan";
import { PROFILE_FIELDS, type ProfileField } from "../../../core/package/profile-fields";
import type { Unit } from "../../../core/text/units";
import { formatMoney } from "../../i18n/format";
import { useProfile } from "./useProfile";
import { useTask } from "../../components/useTask";
import { useI18n, type Language } from "../../i18n";
import { regionName } from "../../i18n/names";
import type { PaneHost, PaneOperations } from "../../host/operations";
import { Disclosure } from "../../components/Disclosure";
import { ExcelAction } from "../../components/ExcelAction";
import { FitSelect } from "../../components/FitSelect";
import { PackageBreakdown } from "./PackageBreakdown";
import { SheetPreview } from "../../components/SheetPreview";
import { TaskStatus } from "../../components/TaskStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))",
    gap: tokens.spacingHorizontalM,
    "& > *": { minWidth: 0 },
  },
  region: {
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  totals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "baseline" },
  figure: { fontVariantNumeric: "tabular-nums" },
  options: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Props: the data, the pane's unit and the host's operations. */
export interface ProfileViewProps {
  atlas: Atlas;
  unit: Unit;
  host: PaneHost;
  operations: PaneOperations;
}

/** The Package view. */
export function ProfileView({ atlas, unit, host, operations }: ProfileViewProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const state = useProfile(operations, unit);
  const startYear = packageStartYear(atlas.dataset.asOf, new Date());
  const ranked = useMemo(() => rankPackages(atlas, state.profile, { startYear }), [atlas, state.profile, startYear]);
  const [regionChoice, setRegionChoice] = useState<string | null>(null);
  const [mode, setMode] = useState<PackageSheetOptions["mode"]>("live");
  const [sheetLanguageChoice, setSheetLanguageChoice] = useState<Language | null>(null);
  const sheetRegion = regionChoice ?? ranked[0]?.pkg.region.id;
  const sheetLanguage = sheetLanguageChoice ?? language;

  const plan = useMemo((): PackageSheetPlan | undefined => {
    if (!sheetRegion) return undefined;
    return planPackageSheet(atlas, {
      regionId: sheetRegion,
      profile: state.profile,
      unit: unit.id,
      mode,
      language: sheetLanguage,
      startYear,
    });
  }, [atlas, sheetRegion, state.profile, unit.id, mode, sheetLanguage, startYear]);
  const [insertState, insert] = useTask((p: PackageSheetPlan) => operations.insertPackageSheet(p));

  const input = (field: ProfileField) => {
    const text = state.texts.get(field.id) ?? "";
    const problem = state.problems.find((p) => p.field === field.id);
    const label = language === "zh" ? field.name.zh : field.name.en;
    const hint = `${language === "zh" ? field.hint.zh : field.hint.en}${field.kind === "money" ? ` (${t.profile.moneyIn(language === "zh" ? unit.label.zh : unit.label.en)})` : ""}`;
    if (field.kind === "yes-no") {
      return (
        <Field key={field.id} label={label}>
          <FitSelect value={text === "" ? "" : text} onChange={(_, d) => state.setText(field.id, d.value)}>
            <option value="">{t.profile.unknown}</option>
            <option value="yes">{t.profile.yes}</option>
            <option value="no">{t.profile.no}</option>
          </FitSelect>
        </Field>
      );
    }
    return (
      <Field key={field.id} label={label} hint={hint} validationState={problem ? "error" : "none"} validationMessage={problem?.message}>
        <Input
          // A text input's intrinsic width (size=20 characters) is wider in Gecko than the 180 px column and
          // overflowed into the next one; with size=1 it takes its column's width in every engine.
          input={{ size: 1 }}
          value={text}
          inputMode={field.kind === "fraction" ? "text" : "decimal"}
          onChange={(_, d) => state.setText(field.id, d.value)}
        />
      </Field>
    );
  };

  return (
    <div className={styles.root}>
      <Text>{t.profile.intro}</Text>
      <section className={styles.group} aria-labelledby="profile-fields-heading">
        <Text as="h3" id="profile-fields-heading" weight="semibold" size={300} style={{ margin: 0 }}>
          {t.profile.fields}
        </Text>
        <div className={styles.fields}>{PROFILE_FIELDS.map(input)}</div>
        <div>
          <Button size="small" onClick={state.clear}>
            {t.profile.clear}
          </Button>{" "}
          <Text size={200}>{host === "excel" ? t.profile.saved : t.profile.savedBrowser}</Text>
        </div>
        {state.saveError && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t.profile.saveFailed} {state.saveError}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={styles.group} aria-labelledby="profile-ranking-heading">
        <Text as="h3" id="profile-ranking-heading" weight="semibold" size={300} style={{ margin: 0 }}>
          {t.profile.ranking}
        </Text>
        <Text size={200}>{t.profile.rankingHint}</Text>
        {isEmptyProfile(state.profile) ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t.profile.emptyProfile}</MessageBarBody>
          </MessageBar>
        ) : (
          ranked.length === 0 && <Text>{t.profile.noLines}</Text>
        )}
        <ol style={{ margin: 0, paddingInlineStart: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: 8 }}>
          {ranked.map(({ rank, pkg }) => {
            const name = regionName(pkg.region, language);
            return (
              <li key={pkg.region.id} className={styles.region}>
                <div className={styles.totals}>
                  <Text weight="semibold">
                    {rank}. {name}
                  </Text>
                  <Text className={styles.figure}>
                    {t.profile.firm}: <strong>{formatMoney(pkg.firm, unit, language)}</strong>
                  </Text>
                  <Text className={styles.figure}>
                    {t.profile.eligible}: {t.profile.upTo(formatMoney(pkg.eligible, unit, language))}
                  </Text>
                  <Text className={styles.figure}>
                    {t.profile.possible}: {formatMoney(pkg.possible, unit, language)}
                  </Text>
                </div>
                <Disclosure label={t.profile.breakdown(name)} defaultOpen={rank === 1 && pkg === ranked[0].pkg}>
                  <PackageBreakdown atlas={atlas} pkg={pkg} unit={unit} />
                </Disclosure>
              </li>
            );
          })}
        </ol>
      </section>

      {plan && (
        <section className={styles.group} aria-labelledby="profile-sheet-heading">
          <Text as="h3" id="profile-sheet-heading" weight="semibold" size={300} style={{ margin: 0 }}>
            {t.profile.insert}
          </Text>
          <div className={styles.options}>
            <Field label={t.profile.sheetRegion}>
              <FitSelect value={sheetRegion} onChange={(_, d) => setRegionChoice(d.value)}>
                {ranked.map(({ pkg }) => (
                  <option key={pkg.region.id} value={pkg.region.id}>
                    {regionName(pkg.region, language)}
                  </option>
                ))}
              </FitSelect>
            </Field>
            <Field label={t.profile.cells}>
              <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as PackageSheetOptions["mode"])}>
                <Radio value="live" label={t.profile.live} />
                <Radio value="static" label={t.profile.static} />
              </RadioGroup>
            </Field>
            <Field label={t.profile.sheetLanguage}>
              <FitSelect value={sheetLanguage} onChange={(_, d) => setSheetLanguageChoice(d.value as Language)}>
                <option value="en">{t.languages.en}</option>
                <option value="zh">{t.languages.zh}</option>
              </FitSelect>
            </Field>
          </div>
          <Text size={200}>{t.profile.previewHint}</Text>
          <SheetPreview plan={plan} label={t.profile.previewOf(plan.sheetName)} />
          <div>
            <ExcelAction
              feature="insertPackageSheet"
              host={host}
              appearance="primary"
              icon={<DocumentTableRegular />}
              busy={insertState.status === "running"}
              onClick={() => void insert(plan)}
            >
              {t.profile.insert}
            </ExcelAction>
          </div>
          <TaskStatus
            state={insertState}
            running={t.profile.inserting}
            doneTitle={t.profile.insert}
            done={(result) => t.profile.inserted(result.sheetName)}
            failed={t.profile.insertFailed}
          />
        </section>
      )}
    </div>
  );
}
