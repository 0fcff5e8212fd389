/**
 * Explore: incentives, funds, policies and targets, searchable in Chinese, English and pinyin, filtered by
 * region (with the regions within it), category and status, each with its source behind a toggle.
 * In Excel, the targets shown can be inserted as a table on a new sheet, citing each one.
 */
import { Button, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { TableAddRegular } from "@fluentui/react-icons";
import type { Atlas } from "../../../core/names/atlas";
import { planTargetsSheet } from "../../../core/sheets/targets-plan";
import type { Unit } from "../../../core/text/units";
import { exploreRecords, filterRecords, NO_FILTERS, type ExploreFilters as Filters, type ExploreKind } from "./explore-model";
import { useI18n } from "../../i18n";
import { ExploreFilters } from "./ExploreFilters";
import { FundItem } from "./FundItem";
import { IncentiveItem } from "./IncentiveItem";
import { PolicyItem } from "./PolicyItem";
import { TargetItem } from "./TargetItem";
import { useToday } from "../../host/clock";
import { useTask } from "../../components/useTask";
import type { PaneHost, PaneOperations } from "../../host/operations";
import { ExcelAction } from "../../components/ExcelAction";
import { TaskStatus } from "../../components/TaskStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  count: { color: tokens.colorNeutralForeground2 },
  none: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  // Four kinds: let the tabs wrap in a narrow pane rather than widen it.
  kinds: { flexWrap: "wrap", marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

const KINDS: readonly ExploreKind[] = ["incentives", "funds", "policies", "targets"];
/** Records shown at a time. */
export const PAGE = 50;

/** Props: the loaded data, the unit amounts are shown in, and the host's operations. */
export interface ExploreViewProps {
  atlas: Atlas;
  unit: Unit;
  host: PaneHost;
  operations: PaneOperations;
}

/** The Explore view. */
export function ExploreView({ atlas, unit, host, operations }: ExploreViewProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [kind, setKind] = useState<ExploreKind>("incentives");
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const today = useToday();
  const records = useMemo(() => exploreRecords(atlas, kind, today), [atlas, kind, today]);
  const shown = useMemo(() => filterRecords(atlas, records, filters), [atlas, records, filters]);
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  // Long lists are paged: PAGE records at first, PAGE more on each "Show more" (a dataset at the schema's limits has thousands).
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [kind, filters, atlas]);
  const page = shown.slice(0, limit);
  // The targets as shown (search, region and status filters applied), in the order shown.
  const targetIds = shown.flatMap((item) => (item.kind === "targets" ? [item.record.id] : []));
  const [insertState, insert] = useTask(() =>
    operations.insertTargetsTable(planTargetsSheet(atlas, { targetIds, unit: unit.id, language, today })),
  );

  return (
    <div className={styles.root}>
      <TabList
        className={styles.kinds}
        size="small"
        selectedValue={kind}
        aria-label={t.explore.kindLabel}
        onTabSelect={(_, data) => {
          const next = data.value as ExploreKind;
          setKind(next);
          if (next !== "incentives") setFilters((f) => ({ ...f, categoryId: "" }));
        }}
      >
        {KINDS.map((k) => (
          <Tab key={k} value={k} id={`explore-kind-${k}`} aria-controls="explore-results">
            {t.explore.kinds[k]}
          </Tab>
        ))}
      </TabList>
      <div id="explore-results" role="tabpanel" aria-labelledby={`explore-kind-${kind}`} className={styles.root}>
        <ExploreFilters atlas={atlas} kind={kind} filters={filters} onChange={(change) => setFilters((f) => ({ ...f, ...change }))} />
        <Text size={200} className={styles.count} role="status">
          {t.explore.count(shown.length, records.length)}
        </Text>
        {shown.length === 0 ? (
          <div className={styles.none}>
            <Text>{t.explore.none}</Text>
            {filtered && <Button onClick={() => setFilters(NO_FILTERS)}>{t.explore.clearFilters}</Button>}
          </div>
        ) : (
          <ul className={styles.list} aria-label={t.explore.kinds[kind]}>
            {page.map((item) => {
              switch (item.kind) {
                case "incentives":
                  return <IncentiveItem key={item.id} item={item} atlas={atlas} unit={unit} />;
                case "funds":
                  return <FundItem key={item.id} item={item} atlas={atlas} unit={unit} />;
                case "policies":
                  return <PolicyItem key={item.id} item={item} atlas={atlas} unit={unit} />;
                case "targets":
                  return <TargetItem key={item.id} item={item} atlas={atlas} unit={unit} />;
              }
            })}
          </ul>
        )}
        {shown.length > page.length && (
          <div className={styles.actions}>
            <Button onClick={() => setLimit((n) => n + PAGE)}>
              {t.explore.showMore(Math.min(PAGE, shown.length - page.length), shown.length - page.length)}
            </Button>
          </div>
        )}
        {kind === "targets" && (
          <div className={styles.actions}>
            <ExcelAction
              feature="insertTargetsTable"
              host={host}
              icon={<TableAddRegular />}
              busy={insertState.status === "running"}
              disabled={targetIds.length === 0}
              onClick={() => void insert()}
            >
              {t.explore.insertTargets}
            </ExcelAction>
            <TaskStatus
              state={insertState}
              running={t.explore.insertingTargets}
              done={(result) => t.explore.insertedTargets(result.sheetName, result.sourcesSheetName)}
              doneTitle={t.explore.insertTargets}
              failed={t.explore.insertTargetsFailed}
            />
          </div>
        )}
      </div>
    </div>
  );
}
