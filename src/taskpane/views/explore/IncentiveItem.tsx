/** An incentive in the Explore list: region and category, cap, the rule in words, who and on what conditions. */
import { Text } from "@fluentui/react-components";
import type { Atlas } from "../../../core/names/atlas";
import { ruleSummary } from "../../../core/rules/rule-explanation";
import type { Unit } from "../../../core/text/units";
import type { ExploreRecord } from "./explore-model";
import { formatMoney } from "../../i18n/format";
import { useI18n } from "../../i18n";
import { categoryName, policyTitle, regionName } from "../../i18n/names";
import { RecordItem } from "./RecordItem";

/** Props: the record and how to show amounts. */
export interface IncentiveItemProps {
  item: Extract<ExploreRecord, { kind: "incentives" }>;
  atlas: Atlas;
  unit: Unit;
}

/** A phrase as a sentence: "spend on compute reimbursed…" → "Spend on compute reimbursed…". */
function sentenceCase(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** One incentive. */
export function IncentiveItem({ item, atlas, unit }: IncentiveItemProps) {
  const { t, language } = useI18n();
  const { record, region, category, policy } = item;
  const zh = language === "zh";
  const title = `${regionName(region, language)} · ${category ? categoryName(category, language) : record.category}`;
  return (
    <RecordItem
      title={title}
      subtitle={
        <>
          {!zh && <span lang="zh-Hans">{region.name.zhHans} · </span>}
          <code>{record.category}</code>
        </>
      }
      figure={
        <>
          <Text size={500} weight="semibold">
            {formatMoney(record.cap, unit, language)}
          </Text>
          <Text size={200}>
            {record.capType === "fixed" ? t.explore.capFixed : t.explore.cap} · {t.explore.periods[record.period]}
          </Text>
        </>
      }
      status={item.status}
      freshness={item.freshness}
      facts={[
        { term: t.explore.rule, value: sentenceCase(ruleSummary(record, unit, language)) },
        { term: t.explore.beneficiary, value: zh ? record.beneficiary.zh : record.beneficiary.en },
        {
          term: t.explore.conditions,
          value: record.conditions.length === 0 ? "" : record.conditions.map((c) => (zh ? c.zh : c.en)).join("; "),
        },
        { term: t.explore.policy, value: policy ? policyTitle(policy, language) : record.policyId },
      ]}
      quotes={record.quotes}
      source={atlas.source(record.sourceId)}
    />
  );
}
