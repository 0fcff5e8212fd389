/** The loaded dataset at a glance: version, as-of date, record counts, where it came from and when. */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { KeyValueStorage } from "../../../data/storage";
import type { LoadedData } from "../../../data/store";
import { datasetAge } from "../../../core/rules/freshness";
import { useToday } from "../../host/clock";
import { formatCount, formatDateTime } from "../../i18n/format";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

const COUNTED = ["regions", "funds", "policies", "incentives", "targets", "sources"] as const;

/** Props: the loaded data and where it is saved. */
export interface DataSummaryProps {
  data: LoadedData;
  storageKind: KeyValueStorage["kind"];
}

/** The summary list. */
export function DataSummary({ data, storageKind }: DataSummaryProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const d = data.atlas.dataset;
  const age = datasetAge(d, useToday());
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>{t.data.version}</dt>
      <dd className={styles.value} data-testid="data-version">
        {d.version}
      </dd>
      <dt className={styles.term}>{t.data.asOf}</dt>
      <dd className={styles.value} data-testid="data-as-of">
        {d.asOf} · {t.data.age(age.days)}
      </dd>
      <dt className={styles.term}>{t.data.counts}</dt>
      <dd className={styles.value}>
        {COUNTED.map((k) => t.data.countItem(formatCount(d[k].length, language), t.data.countNames[k])).join(" · ")}
      </dd>
      <dt className={styles.term}>{t.data.origin}</dt>
      <dd className={styles.value}>
        {t.data.origins[data.origin]}
        {data.url && (
          <>
            {": "}
            <Link href={data.url} target="_blank" rel="noopener noreferrer">
              {data.url}
            </Link>
          </>
        )}
      </dd>
      <dt className={styles.term}>{t.data.loadedAt}</dt>
      <dd className={styles.value}>{formatDateTime(data.loadedAt, language)}</dd>
      <dt className={styles.term}>{t.data.lastRefresh}</dt>
      <dd className={styles.value}>{data.refreshedAt ? formatDateTime(data.refreshedAt, language) : t.data.never}</dd>
      <dt className={styles.term}>{t.data.storage}</dt>
      <dd className={styles.value}>{t.data.storageKinds[storageKind]}</dd>
    </dl>
  );
}
