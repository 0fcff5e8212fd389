/**
 * The loaded dataset at a glance: version, as-of date, record counts, where it came from and when,
 * who signed it (key id and a short content hash) and which keys this build trusts. A saved
 * address is a link only when it is https (core/text/links.ts).
 */
import { atlasContentHash, shortHash } from "../../../data/content-hash";
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { KeyValueStorage } from "../../../data/storage";
import type { LoadedData } from "../../../data/store";
import { datasetAge } from "../../../core/rules/freshness";
import { httpsLink } from "../../../core/text/links";
import { buildKeyMode, buildTrustedKeys } from "../../../data/trusted-keys";
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
  const link = httpsLink(data.url);
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
            {link ? (
              <Link href={link.href} target="_blank" rel="noopener noreferrer">
                {link.href}
              </Link>
            ) : (
              <span>{data.url}</span>
            )}
          </>
        )}
      </dd>
      <dt className={styles.term}>{t.data.signedBy}</dt>
      <dd className={styles.value} data-testid="data-key">
        {data.signed ? data.signed.keyId : t.data.builtInUnsigned}
      </dd>
      <dt className={styles.term}>{t.data.stampHash}</dt>
      <dd className={styles.value} data-testid="data-content-hash">
        {shortHash(atlasContentHash(data.atlas))}
      </dd>
      {data.signed && (
        <>
          <dt className={styles.term}>{t.data.contentHash}</dt>
          <dd className={styles.value} data-testid="data-hash">
            {data.signed.sha256.slice(0, 12)}
          </dd>
        </>
      )}
      <dt className={styles.term}>{t.data.trustedKeys}</dt>
      <dd className={styles.value} data-testid="data-trusted-keys">
        {t.data.keyModes[buildKeyMode()]}
        {buildTrustedKeys().length > 0 &&
          `: ${buildTrustedKeys()
            .map((k) => k.keyId)
            .join(", ")}`}
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
