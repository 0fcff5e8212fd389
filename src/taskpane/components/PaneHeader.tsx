/** The pane's header: its name, where it runs (Excel or browser preview), and the language and unit switches. */
import { Badge, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n, type Language } from "../i18n";
import type { PaneHost } from "../operations";
import type { PaneUnitId } from "../preferences";
import { FitSelect } from "./FitSelect";
import { UnitSelect } from "./UnitSelect";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  brand: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { margin: 0, whiteSpace: "nowrap" },
  controls: { display: "flex", gap: tokens.spacingHorizontalS },
  select: { minWidth: "96px" },
});

/** Props: host, and the language and unit with their setters. */
export interface PaneHeaderProps {
  host: PaneHost;
  language: Language;
  onLanguageChange: (language: Language) => void;
  unitId: PaneUnitId;
  onUnitChange: (unit: PaneUnitId) => void;
}

/** The header. */
export function PaneHeader({ host, language, onLanguageChange, unitId, onUnitChange }: PaneHeaderProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.brand}>
        <Text as="h1" weight="semibold" size={500} className={styles.title}>
          {t.app.title}
        </Text>
        <Badge appearance="tint" color={host === "excel" ? "success" : "informative"}>
          {host === "excel" ? t.app.excelBadge : t.app.previewBadge}
        </Badge>
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
