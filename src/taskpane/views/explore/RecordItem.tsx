/**
 * One record in the Explore list: title, headline figure, status badges, a few facts, and its
 * source behind a disclosure. Used for incentives, funds and policies alike.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";
import type { PolicyFreshness } from "../../../core/rules/freshness";
import type { FigureStatus } from "../../../core/rules/labels";
import type { Source } from "../../../core/rules/schema";
import { useI18n } from "../../i18n";
import { Disclosure } from "../../components/Disclosure";
import { SourceDetails } from "../../components/SourceDetails";
import { StatusBadges } from "../../components/StatusBadges";

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  draft: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2,
  },
  head: { display: "flex", flexDirection: "column" },
  subtitle: { color: tokens.colorNeutralForeground2 },
  figure: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

/** One fact: a term and its value. */
export interface RecordFact {
  term: string;
  value: ReactNode;
  lang?: string;
}

/** Props of a record. */
export interface RecordItemProps {
  title: string;
  titleLang?: string;
  subtitle?: ReactNode;
  figure?: ReactNode;
  status: FigureStatus;
  /** The policy's freshness: a record whose policy has ended or ends soon is badged and edged. */
  freshness?: PolicyFreshness;
  facts: readonly RecordFact[];
  quotes: readonly string[];
  source: Source | undefined;
}

/** A record as a list item. */
export function RecordItem({ title, titleLang, subtitle, figure, status, freshness, facts, quotes, source }: RecordItemProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const shown = facts.filter((f) => f.value !== undefined && f.value !== null && f.value !== "");
  return (
    <li className={status.draft || freshness?.flagged ? `${styles.item} ${styles.draft}` : styles.item}>
      <div className={styles.head}>
        <Text as="h3" weight="semibold" size={300} lang={titleLang} style={{ margin: 0 }}>
          {title}
        </Text>
        {subtitle && (
          <Text size={200} className={styles.subtitle}>
            {subtitle}
          </Text>
        )}
      </div>
      {figure && <div className={styles.figure}>{figure}</div>}
      <StatusBadges status={status} freshness={freshness} showFinal />
      {shown.length > 0 && (
        <dl className={styles.facts}>
          {shown.map((fact) => (
            <Fragment key={fact.term}>
              <dt className={styles.term}>{fact.term}</dt>
              <dd className={styles.value} lang={fact.lang}>
                {fact.value}
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
      <Disclosure label={t.explore.showSource} ariaLabel={t.explore.sourceOf(title)}>
        <SourceDetails quotes={quotes} source={source} />
      </Disclosure>
    </li>
  );
}
