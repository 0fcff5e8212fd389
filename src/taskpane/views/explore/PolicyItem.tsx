/** A policy in the Explore list: title, issuer, dates, number of measures, budget and the categorical facts the source states. */
import type { Atlas } from "../../../core/names/atlas";
import type { Unit } from "../../../core/text/units";
import type { ExploreRecord } from "./explore-model";
import { formatMoney } from "../../i18n/format";
import { useI18n } from "../../i18n";
import { policyTitle, regionName } from "../../i18n/names";
import { RecordItem } from "./RecordItem";

const FACT_KINDS = ["named-measure", "tech-focus", "carrier", "scenario-domain"] as const;

/** Props: the record and how to show amounts. */
export interface PolicyItemProps {
  item: Extract<ExploreRecord, { kind: "policies" }>;
  atlas: Atlas;
  unit: Unit;
}

/** One policy. */
export function PolicyItem({ item, atlas, unit }: PolicyItemProps) {
  const { t, language } = useI18n();
  const { record, region } = item;
  const zh = language === "zh";
  const budget = record.budget
    ? `${formatMoney(record.budget.amount, unit, language)}${zh ? "（" : " ("}${zh ? record.budget.note.zh : record.budget.note.en}${zh ? "）" : ")"}`
    : "";
  return (
    <RecordItem
      title={policyTitle(record, language)}
      titleLang={zh ? "zh-Hans" : undefined}
      subtitle={
        <>
          {regionName(region, language)}
          {!zh && <span lang="zh-Hans"> · {record.title.zh}</span>}
        </>
      }
      status={item.status}
      freshness={item.freshness}
      facts={[
        { term: t.explore.issuer, value: zh ? record.issuer.zh : record.issuer.en },
        { term: t.explore.published, value: record.published ?? "" },
        { term: t.explore.period, value: record.period ? `${record.period.from}–${record.period.to}` : "" },
        { term: t.explore.measures, value: record.measures ?? "" },
        { term: t.explore.budget, value: budget },
        ...FACT_KINDS.map((kind) => ({
          term: t.explore.factKinds[kind],
          value: record.facts
            .filter((f) => f.kind === kind)
            .map((f) => (zh ? f.zh : `${f.en} (${f.zh})`))
            .join(zh ? "、" : "; "),
        })),
        { term: t.explore.autoGrant, value: record.autoGrantShare ? t.explore.autoGrantShare : "" },
      ]}
      quotes={record.quotes}
      source={atlas.source(record.sourceId)}
    />
  );
}
