/**
 * What a traced CN call resolved to, in full: the region, category, fund or policy; the rule
 * (kind, rate, cap, minimum, period, conditions) and the arithmetic in words; the status, the
 * policy and its period; and the citation (verbatim quotes, source title, publisher, date, link).
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Atlas } from "../../../core/names/atlas";
import { explainOutcome, ruleSummary } from "../../../core/rules/rule-explanation";
import { policyFreshness } from "../../../core/rules/freshness";
import type { Fund, Incentive, Policy, Region, Target } from "../../../core/rules/schema";
import { FUND_STATUS_WORDS } from "../../../core/rules/labels";
import { targetPolicies, targetStatus } from "../../../core/api/targets";
import { useToday } from "../../host/clock";
import type { TraceSubject } from "../../../core/trace/trace-subject";
import { YUAN, type Unit } from "../../../core/text/units";
import { formatMoney, formatQualifiedMoney } from "../../i18n/format";
import { useTraceStrings, type TraceStrings } from "./trace-strings";
import { useI18n, type Language } from "../../i18n";
import { categoryName, regionName } from "../../i18n/names";
import { SourceDetails } from "../../components/SourceDetails";
import { StatusBadges } from "../../components/StatusBadges";

const useStyles = makeStyles({
  facts: { margin: 0, display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: "4px" },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Fact = readonly [string, React.ReactNode];

/** A list of terms and values. */
export function Facts({ facts }: { facts: readonly (Fact | false | undefined)[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {facts
        .filter((f): f is Fact => Boolean(f))
        .map(([term, value], i) => (
          // A target with several policies repeats the policy terms, so the term alone is no key.
          <div key={`${i}:${term}`} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Props: the subject, and the dataset it was resolved in. */
export interface TraceSubjectDetailsProps {
  subject: TraceSubject;
  atlas: Atlas;
}

/** The details of a subject. */
export function TraceSubjectDetails({ subject, atlas }: TraceSubjectDetailsProps) {
  const { language } = useI18n();
  const tr = useTraceStrings();
  switch (subject.kind) {
    case "subsidy":
    case "rank-row": {
      const outcome = subject.kind === "subsidy" ? subject.outcome : subject.ranked.outcome;
      return (
        <IncentiveDetails
          atlas={atlas}
          incentive={outcome.incentive}
          unit={subject.unit}
          extra={[
            subject.kind === "rank-row" && [tr.rank, String(subject.ranked.rank)],
            [tr.arithmetic, explainOutcome(outcome, subject.unit, language)],
            [tr.result, formatMoney(outcome.value, subject.unit, language)],
          ]}
        />
      );
    }
    case "incentive-row":
      return <IncentiveDetails atlas={atlas} incentive={subject.incentive} unit={YUAN} extra={[]} />;
    case "fund":
    case "fund-row":
      return <FundDetails atlas={atlas} fund={subject.fund} unit={subject.kind === "fund" ? subject.unit : YUAN} />;
    case "policy-row":
      return <PolicyDetails atlas={atlas} policy={subject.policy} />;
    case "target-row":
      return <TargetDetails atlas={atlas} target={subject.target} />;
    case "region-row":
      return <Text>{tr.regionRow(tracedRegionName(subject.region, language))}</Text>;
    case "category-row":
      return <Text>{tr.categoryRow(`${subject.category.id} · ${categoryName(subject.category, language)}`)}</Text>;
    case "header-row":
      return null;
    case "dataset":
      return <Text>{tr.datasetRow}</Text>;
  }
}

function IncentiveDetails({
  atlas,
  incentive,
  unit,
  extra,
}: {
  atlas: Atlas;
  incentive: Incentive;
  unit: Unit;
  extra: readonly (Fact | false)[];
}) {
  const { language } = useI18n();
  const tr = useTraceStrings();
  const styles = useStyles();
  const today = useToday();
  const category = atlas.categoryOf(incentive.category);
  const policy = atlas.policy(incentive.policyId);
  const lang = language === "zh" ? "zh" : "en";
  return (
    <>
      <Facts
        facts={[
          [tr.region, tracedRegionName(atlas.regionOf(incentive.regionId), language)],
          [tr.category, category ? `${category.id} · ${category.name[lang]}` : incentive.category],
          [tr.rule, ruleSummary(incentive, unit, language)],
          [tr.certainty, tr.certainties[incentive.certainty]],
          incentive.minimum !== undefined && [tr.minimum, formatMoney(incentive.minimum, unit, language)],
          [tr.period, tr.periods[incentive.period]],
          [tr.beneficiary, `${incentive.beneficiary[lang]}${incentive.payee === "company" ? "" : ` · ${tr.notSummed}`}`],
          incentive.conditions.length > 0 && [
            tr.conditions,
            <ul key="c" className={styles.list}>
              {incentive.conditions.map((c, i) => (
                <li key={i}>{c[lang]}</li>
              ))}
            </ul>,
          ],
          ...extra,
          [tr.status, <StatusBadges key="s" status={atlas.statusOf(incentive)} showFinal />],
          ...policyFacts(policy, language, tr, today),
        ]}
      />
      <SourceDetails quotes={incentive.quotes} source={atlas.source(incentive.sourceId)} />
    </>
  );
}

function FundDetails({ atlas, fund, unit }: { atlas: Atlas; fund: Fund; unit: Unit }) {
  const { t, language } = useI18n();
  const today = useToday();
  const tr = useTraceStrings();
  const lang = language === "zh" ? "zh" : "en";
  return (
    <>
      <Facts
        facts={[
          [tr.fund, language === "zh" ? fund.name.zhHans : `${fund.name.en} (${fund.name.zhHans})`],
          [tr.region, tracedRegionName(atlas.regionOf(fund.regionId), language)],
          [tr.total, formatQualifiedMoney(fund.total, unit, language, t)],
          fund.first && [tr.first, formatQualifiedMoney(fund.first, unit, language, t)],
          fund.sponsors.length > 0 && [tr.sponsors, fund.sponsors.map((s) => s[lang]).join("; ")],
          [tr.fundStatus, FUND_STATUS_WORDS[fund.status][language]],
          [tr.status, <StatusBadges key="s" status={atlas.statusOf(fund)} showFinal />],
          ...policyFacts(atlas.policy(fund.policyId), language, tr, today),
        ]}
      />
      <SourceDetails quotes={fund.quotes} source={atlas.source(fund.sourceId)} />
    </>
  );
}

function PolicyDetails({ atlas, policy }: { atlas: Atlas; policy: Policy }) {
  const { language } = useI18n();
  const today = useToday();
  const tr = useTraceStrings();
  const lang = language === "zh" ? "zh" : "en";
  return (
    <>
      <Facts
        facts={[
          [tr.region, tracedRegionName(atlas.regionOf(policy.regionId), language)],
          [tr.issuer, policy.issuer[lang]],
          [tr.status, <StatusBadges key="s" status={atlas.statusOf(policy)} showFinal />],
          ...policyFacts(policy, language, tr, today),
        ]}
      />
      <SourceDetails quotes={policy.quotes} source={atlas.source(policy.sourceId)} />
    </>
  );
}

function TargetDetails({ atlas, target }: { atlas: Atlas; target: Target }) {
  const { language } = useI18n();
  const tr = useTraceStrings();
  const today = useToday();
  const lang = language === "zh" ? "zh" : "en";
  const value =
    target.unit === "CNY"
      ? formatMoney(target.value, YUAN, language)
      : target.unit === "share"
        ? `${target.value * 100}%`
        : String(target.value);
  return (
    <>
      <Facts
        facts={[
          [tr.region, tracedRegionName(atlas.regionOf(target.regionId), language)],
          [tr.metric, target.metric[lang]],
          [tr.targetValue, `${target.qualifier === "exact" ? "" : `${target.qualifier} `}${value}`],
          [tr.kind, target.kind],
          target.year !== undefined && [tr.year, String(target.year)],
          [tr.status, <StatusBadges key="s" status={targetStatus(atlas, target)} showFinal />],
          ...targetPolicies(atlas, target).flatMap((p) => policyFacts(p, language, tr, today)),
        ]}
      />
      <SourceDetails quotes={target.quotes} source={atlas.source(target.sourceId)} />
    </>
  );
}

function policyFacts(policy: Policy | undefined, language: Language, tr: TraceStrings, today: string): Fact[] {
  if (!policy) return [];
  const freshness = policyFreshness(policy, today);
  const facts: Fact[] = [
    [tr.policy, language === "zh" ? policy.title.zh : `${policy.title.en} (${policy.title.zh})`],
    [tr.policyPeriod, policy.period ? `${policy.period.from}–${policy.period.to}` : tr.noPeriod],
  ];
  if (freshness.flagged) facts.push([tr.freshness, <strong key="f">{language === "zh" ? freshness.zh : freshness.en}</strong>]);
  return facts;
}

/** Trace names a region in English with its Chinese name beside it (the dataset's own words); in Chinese, alone. */
function tracedRegionName(region: Region | undefined, language: Language): string {
  if (!region) return "—";
  return language === "zh" ? regionName(region, "zh") : `${regionName(region, "en")} (${regionName(region, "zh")})`;
}
