/**
 * A target or result in the Explore list: the metric, its value (money in the pane's unit; counts
 * and shares as stated) with its qualifier, target / stretch (力争) / result, the year or horizon,
 * and the policies it belongs to, marked when their period has ended or ends soon.
 */
import { Badge, Text } from "@fluentui/react-components";
import type { Atlas } from "../../../core/names/atlas";
import { targetValueText } from "../../../core/rules/figure-format";
import type { Unit } from "../../../core/text/units";
import type { ExploreRecord } from "./explore-model";
import { useI18n } from "../../i18n";
import { policyTitle, regionName } from "../../i18n/names";
import { RecordItem } from "./RecordItem";

/** Props: the record and the unit money targets are shown in. */
export interface TargetItemProps {
  item: Extract<ExploreRecord, { kind: "targets" }>;
  atlas: Atlas;
  unit: Unit;
}

/** One target or result. */
export function TargetItem({ item, atlas, unit }: TargetItemProps) {
  const { t, language } = useI18n();
  const { record, region, policies } = item;
  const zh = language === "zh";
  const when =
    record.year !== undefined ? String(record.year) : record.horizonYears !== undefined ? t.explore.withinYears(record.horizonYears) : "";
  return (
    <RecordItem
      title={zh ? record.metric.zh : record.metric.en}
      titleLang={zh ? "zh-Hans" : undefined}
      subtitle={
        <>
          {regionName(region, language)}
          {!zh && <span lang="zh-Hans"> · {record.metric.zh}</span>}
        </>
      }
      figure={
        <>
          <Text size={500} weight="semibold" data-testid="target-value">
            {t.qualifiers[record.qualifier]}
            {targetValueText(record, unit, language)}
          </Text>
          <Badge appearance="outline" color={record.kind === "actual" ? "success" : "brand"} shape="rounded">
            {t.explore.targetKinds[record.kind]}
          </Badge>
        </>
      }
      status={item.status}
      freshness={item.freshness}
      facts={[
        { term: record.kind === "actual" ? t.explore.reached : t.explore.due, value: when },
        {
          term: t.explore.policies,
          value: policies.length === 0 ? t.explore.noPolicy : policies.map((p) => policyTitle(p, language)).join(zh ? "；" : "; "),
        },
      ]}
      quotes={record.quotes}
      source={atlas.source(record.sourceId)}
    />
  );
}
