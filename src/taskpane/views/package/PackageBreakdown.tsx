/**
 * One region's package, line by line: each incentive's status (in words and an icon, never by
 * colour alone), amount ("up to" where only a ceiling is published; lines paid to a team or person marked), the arithmetic, every condition met / failed / unknown with the
 * profile's value and the threshold, the source's own words, drafts and press reports marked,
 * and the note that the sources do not say whether incentives stack.
 */
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DismissCircleRegular, QuestionCircleRegular } from "@fluentui/react-icons";
import { displayQuote } from "../../../core/rules/labels";
import { STACKING_NOTE, type CompanyPackage, type PackageLine } from "../../../core/package/package";
import { checkText, lineMarks, lineReason, lineWorking } from "../../../core/package/package-text";
import type { Unit } from "../../../core/text/units";
import { formatMoney } from "../../i18n/format";
import { useI18n } from "../../i18n";
import { categoryName } from "../../i18n/names";
import type { Atlas } from "../../../core/names/atlas";
import { StatusBadges } from "../../components/StatusBadges";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  top: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between" },
  amount: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  checks: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  quote: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: "3px",
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke1,
  },
});

/** Props: the package and how to show money. */
export interface PackageBreakdownProps {
  atlas: Atlas;
  pkg: CompanyPackage;
  unit: Unit;
}

/** The breakdown list. */
export function PackageBreakdown({ atlas, pkg, unit }: PackageBreakdownProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const badge = (line: PackageLine) => {
    if (line.status === "eligible")
      return (
        <Badge appearance="tint" color="success" icon={<CheckmarkCircleRegular />}>
          {t.profile.statusEligible}
        </Badge>
      );
    if (line.status === "not-eligible")
      return (
        <Badge appearance="tint" color="danger" icon={<DismissCircleRegular />}>
          {t.profile.statusNot}
        </Badge>
      );
    return (
      <Badge appearance="tint" color="warning" icon={<QuestionCircleRegular />}>
        {t.profile.statusUnknown}
      </Badge>
    );
  };
  return (
    <div>
      <ul className={styles.list}>
        {pkg.lines.map((line) => {
          const category = atlas.categoryOf(line.incentive.category);
          const amount = line.working.perUnit * line.working.times;
          const figure = formatMoney(amount, unit, language);
          const shown = line.status === "unknown" || line.certainty === "up-to" ? t.profile.upTo(figure) : figure;
          return (
            <li key={line.incentive.id} className={styles.line}>
              <div className={styles.top}>
                <Text weight="semibold">{category ? categoryName(category, language) : line.incentive.category}</Text>
                <span>
                  {badge(line)} <StatusBadges status={line.mark} />
                </span>
                <Text className={styles.amount}>{line.status === "not-eligible" ? formatMoney(0, unit, language) : shown}</Text>
              </div>
              {lineMarks(line, language) && (
                <Text size={200} weight="semibold" className={styles.detail}>
                  {lineMarks(line, language)}
                </Text>
              )}
              <Text size={200} className={styles.detail}>
                {t.profile.working}: {lineWorking(line, unit, language)}
              </Text>
              <Text size={200} className={styles.detail}>
                {t.profile.reason}: {lineReason(line, unit, language)}
              </Text>
              {line.checks.length > 0 && (
                <ul className={styles.checks} aria-label={t.profile.conditions}>
                  {line.checks.map((check) => (
                    <li key={check.condition.field}>
                      <Text size={200}>{checkText(check, unit, language)}</Text>
                    </li>
                  ))}
                </ul>
              )}
              <blockquote className={styles.quote} lang="zh-CN">
                <Text size={200}>
                  {t.profile.quote}: “{displayQuote(line.incentive.quotes[0])}”
                </Text>
              </blockquote>
            </li>
          );
        })}
      </ul>
      <Text size={200} className={styles.detail}>
        {language === "zh" ? STACKING_NOTE.zh : STACKING_NOTE.en}
      </Text>
    </div>
  );
}
