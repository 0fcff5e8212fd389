/**
 * The status of a figure in words, never by colour alone: "Draft for comment (征求意见稿)" and
 * "Press report" badges, each with an icon and a title saying what it means, or "Final"; and
 * "Ends 2026-12-31" / "Ended 2026-12-31" when its policy's period ends within 90 days or has ended.
 */
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarClockRegular, DocumentEditRegular, NewsRegular, CheckmarkCircleRegular } from "@fluentui/react-icons";
import type { PolicyFreshness } from "../../core/rules/freshness";
import { FUND_STATUS_WORDS, type FigureStatus } from "../../core/rules/labels";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  row: { display: "inline-flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

/** Props: the figure's status, its policy's freshness (flagged ones get a badge), whether to label a final one. */
export interface StatusBadgesProps {
  status: FigureStatus;
  freshness?: PolicyFreshness;
  showFinal?: boolean;
}

/** Badges for a figure's status; `showFinal` also labels a figure that is not a draft "Final". */
export function StatusBadges({ status, freshness, showFinal = false }: StatusBadgesProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const flagged = freshness?.flagged === true;
  if (!status.draft && !status.pressReport && !status.remark && !status.fundStatus && !showFinal && !flagged) return null;
  return (
    <span className={styles.row}>
      {status.fundStatus && (
        <Badge appearance="tint" color="informative" shape="rounded" data-fund-status={status.fundStatus}>
          {FUND_STATUS_WORDS[status.fundStatus][language]}
        </Badge>
      )}
      {!status.draft && !status.fundStatus && showFinal && (
        <Badge appearance="tint" color="success" shape="rounded" icon={<CheckmarkCircleRegular />}>
          {t.status.final}
        </Badge>
      )}
      {status.draft && (
        <Badge appearance="tint" color="warning" shape="rounded" icon={<DocumentEditRegular />} title={t.status.draftHint}>
          {t.status.draft}
        </Badge>
      )}
      {flagged && <FreshnessBadge freshness={freshness} />}
      {status.remark && (
        <Badge appearance="tint" color="informative" shape="rounded" icon={<NewsRegular />} title={t.status.remarkHint}>
          {t.status.remark}
        </Badge>
      )}
      {status.pressReport && (
        <Badge appearance="tint" color="informative" shape="rounded" icon={<NewsRegular />} title={t.status.pressHint}>
          {t.status.pressReport}
        </Badge>
      )}
    </span>
  );
}

/** "Ends 2026-12-31" (warning) or "Ended 2026-12-31" (danger), titled with the period and the days left or since. */
export function FreshnessBadge({ freshness }: { freshness: PolicyFreshness }) {
  const { t, language } = useI18n();
  if (!freshness.flagged || !freshness.endsOn) return null;
  const ended = freshness.state === "ended";
  return (
    <Badge
      appearance="tint"
      color={ended ? "danger" : "warning"}
      shape="rounded"
      icon={<CalendarClockRegular />}
      title={`${language === "zh" ? freshness.zh : freshness.en}. ${ended ? t.status.endedHint : t.status.endingHint}`}
      data-freshness={freshness.state}
    >
      {ended ? t.status.ended(freshness.endsOn) : t.status.ending(freshness.endsOn)}
    </Badge>
  );
}
