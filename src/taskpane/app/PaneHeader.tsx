/**
 * The pane's header: its name, where it runs (Excel or browser preview), how old the data is
 * ("Data as of 2025-03-22 · 618 days old"), and the language and unit switches.
 */
import { Badge, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { datasetAge } from "../../core/rules/freshness";
import { useToday } from "../host/clock";
import { useI18n, type Language } from "../i18n";
import type { PaneHost } from "../host/operations";
import type { PaneUnitId } from "../i18n/preferences";
import { FitSelect } from "../components/FitSelect";
import { UnitSelect } from "../components/UnitSelect";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  brand: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  freshness: { flexBasis: "100%", color: tokens.colorNeutralForeground2 },
  title: { margin: 0, whiteSpace: "nowrap" },
  controls: { display: "flex", gap: tokens.spacingHorizontalS },
  select: { minWidth: "96px" },
});

/** Props: host, the data's as-of date, and the language and unit with their setters. */
export interface PaneHeaderProps {
  host: PaneHost;
  asOf: string;
  language: Language;
  onLanguageChange: (language: Language) => void;
  unitId: PaneUnitId;
  onUnitChange: (unit: PaneUnitId) => void;
}

/** The header. */
export function PaneHeader({ host, asOf, language, onLanguageChange, unitId, onUnitChange }: PaneHeaderProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const age = datasetAge({ asOf }, useToday());
  return (
    <div className={styles.root}>
      <div className={styles.brand}>
        <Text as="h1" weight="semibold" size={500} className={styles.title}>
          {t.app.title}
        </Text>
        <Badge appearance="tint" color={host === "excel" ? "success" : "informative"}>
          {host === "excel" ? t.app.excelBadge : t.app.previewBadge}
        </Badge>
        <Text size={200} className={styles.freshness} data-testid="data-freshness">
          {t.app.freshness(age.asOf, t.data.age(age.days))}
        </Text>
      </div>
      <div className={styles.controls}>
        <Field label={t.app.languageLabel} size="small">
          <FitSelect
            size="small"
            className={styles.select}
            value={language}
            onChange={(_, data) => onLanguageChange(data.value as Language)}
          >
            <option value="en" lang="en">
              {t.languages.en}
            </option>
            <option value="zh" lang="zh-Hans">
              {t.languages.zh}
            </option>
          </FitSelect>
        </Field>
        <Field label={t.app.unitLabel} size="small">
          <UnitSelect size="small" className={styles.select} value={unitId} onUnitChange={onUnitChange} />
        </Field>
      </div>
    </div>
  );
}
