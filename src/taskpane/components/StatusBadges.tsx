/**
 * The status of a figure in words, never by colour alone: "Draft for comment (征求意见稿)" and
 * "Press report" badges, each with an icon and a title saying what it means, or "Final".
 */
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentEditRegular, NewsRegular, CheckmarkCircleRegular } from "@fluentui/react-icons";
import type { FigureStatus } from "../../core/labels";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  row: { display: "inline-flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

/** Badges for a figure's status; `showFinal` also labels a figure that is not a draft "Final". */
export function StatusBadges({ status, showFinal = false }: { status: FigureStatus; showFinal?: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!status.draft && !status.pressReport && !showFinal) return null;
  return (
    <span className={styles.row}>
      {!status.draft && showFinal && (
        <Badge appearance="tint" color="success" shape="rounded" icon={<CheckmarkCircleRegular />}>
          {t.status.final}
        </Badge>
      )}
      {status.draft && (
        <Badge appearance="tint" color="warning" shape="rounded" icon={<DocumentEditRegular />} title={t.status.draftHint}>
          {t.status.draft}
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
