/**
 * A record's citation: the verbatim quote(s) from its source (reading aids removed), the source's
 * title, publisher and date, and a link that opens in a new window, with the host it goes to
 * beside it. Only an https address that passes core/text/links.ts becomes an href; a plain http
 * one is shown as text. Dataset text is rendered as text, never as HTML.
 */
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { OpenRegular, WarningRegular } from "@fluentui/react-icons";
import { displayQuote } from "../../core/rules/labels";
import { hostOf, httpsLink } from "../../core/text/links";
import type { Source } from "../../core/rules/schema";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalXS },
  quote: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
    color: tokens.colorNeutralForeground1,
    lineHeight: tokens.lineHeightBase300,
  },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  warning: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", color: tokens.colorNeutralForeground2 },
});

/** Props: the quotes and the source they come from. */
export interface SourceDetailsProps {
  quotes: readonly string[];
  source: Source | undefined;
}

/** The citation block. */
export function SourceDetails({ quotes, source }: SourceDetailsProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const link = httpsLink(source?.url);
  const host = hostOf(source?.url);
  const sourceLang = source?.language ?? "zh-Hans";
  return (
    <div className={styles.root}>
      <Text weight="semibold" size={200}>
        {t.explore.quote}
      </Text>
      {quotes.map((quote, i) => (
        <blockquote key={i} className={styles.quote} lang={sourceLang}>
          {displayQuote(quote)}
        </blockquote>
      ))}
      {source && (
        <dl className={styles.facts}>
          <dt className={styles.term}>{t.explore.sourceTitle}</dt>
          <dd className={styles.value}>
            <span lang={sourceLang}>{source.title}</span>
            {language === "en" && (
              <Text block size={200}>
                {source.titleEn}
              </Text>
            )}
          </dd>
          <dt className={styles.term}>{t.explore.publisher}</dt>
          <dd className={styles.value}>{language === "zh" ? source.publisher.zh : source.publisher.en}</dd>
          <dt className={styles.term}>{t.explore.date}</dt>
          <dd className={styles.value}>
            {source.date}
            {source.dateNote && (
              <Text block size={200} lang="en">
                {source.dateNote}
              </Text>
            )}
          </dd>
        </dl>
      )}
      {link ? (
        <div>
          <Link href={link.href} target="_blank" rel="noopener noreferrer">
            {t.explore.link} <OpenRegular aria-hidden /> <span>{t.explore.newWindow}</span>
          </Link>{" "}
          <Text size={200} className={styles.term} data-testid="source-host">
            {t.explore.linkHost(link.host)}
          </Text>
        </div>
      ) : host ? (
        <div>
          <Text block size={200} className={styles.warning}>
            <WarningRegular aria-hidden /> {t.explore.insecureLink}
          </Text>
          <Text block size={200} className={styles.value} data-testid="source-address">
            {source?.url}
          </Text>
          <Text size={200} className={styles.term} data-testid="source-host">
            {t.explore.linkHost(host)}
          </Text>
        </div>
      ) : (
        source && (
          <Text size={200} className={styles.term}>
            {t.explore.noLink}
          </Text>
        )
      )}
    </div>
  );
}
