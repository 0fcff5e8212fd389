/** A fund in the Explore list: name, size (with its qualifier, e.g. "nearly"), first close, focus, sponsors, stage. */
import { Text } from "@fluentui/react-components";
import type { Atlas } from "../../../core/names/atlas";
import type { Unit } from "../../../core/text/units";
import type { ExploreRecord } from "./explore-model";
import { formatQualifiedMoney } from "../../i18n/format";
import { useI18n } from "../../i18n";
import { fundName, policyTitle, regionName } from "../../i18n/names";
import { RecordItem } from "./RecordItem";

/** Props: the record and how to show amounts. */
export interface FundItemProps {
  item: Extract<ExploreRecord, { kind: "funds" }>;
  atlas: Atlas;
  unit: Unit;
}

/** One fund. */
export function FundItem({ item, atlas, unit }: FundItemProps) {
  const { t, language } = useI18n();
  const { record, region, policy } = item;
  const zh = language === "zh";
  const first = record.first ? formatQualifiedMoney(record.first, unit, language, t) : "";
  return (
    <RecordItem
      title={fundName(record, language)}
      titleLang={zh ? "zh-Hans" : undefined}
      subtitle={
        <>
          {regionName(region, language)} · {t.explore.fundKinds[record.kind]}
          {!zh && <span lang="zh-Hans"> · {record.name.zhHans}</span>}
        </>
      }
      figure={
        <>
          <Text size={500} weight="semibold">
            {formatQualifiedMoney(record.total, unit, language, t)}
          </Text>
          <Text size={200}>{t.explore.total}</Text>
        </>
      }
      status={item.status}
      freshness={item.freshness}
      facts={[
        { term: record.firstLabel === "first-batch" ? t.explore.firstBatch : t.explore.firstClose, value: first },
        {
          term: t.explore.firstBatchFunds,
          value: record.firstBatch
            .map((id) => atlas.dataset.funds.find((f) => f.id === id))
            .map((f) => (f ? (zh ? f.name.zhHans : f.name.en) : ""))
            .filter(Boolean)
            .join(zh ? "、" : "; ")
            .concat(record.firstBatch.length > 0 && record.inferred.includes("firstBatch") ? ` ${t.explore.firstBatchInferred}` : ""),
        },
        { term: t.explore.focus, value: record.focus ? (zh ? record.focus.zh : record.focus.en) : "" },
        { term: t.explore.sponsors, value: record.sponsors.map((s) => (zh ? s.zh : s.en)).join("; ") },
        { term: t.explore.fundStatus, value: t.explore.fundStatuses[record.status] },
        { term: t.explore.policy, value: policy ? policyTitle(policy, language) : "" },
      ]}
      quotes={record.quotes}
      source={atlas.source(record.sourceId)}
    />
  );
}
