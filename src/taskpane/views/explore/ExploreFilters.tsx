/** The search box and the region, category and status filters of the Explore view. */
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import type { Atlas } from "../../../core/names/atlas";
import type { ExploreFilters as Filters, ExploreKind, StatusFilter } from "./explore-model";
import { useI18n } from "../../i18n";
import { categoryName, regionName } from "../../i18n/names";
import { FitSelect } from "../../components/FitSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  selects: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(132px, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
});

/** Props: the filters, what changes them, and which list they apply to. */
export interface ExploreFiltersProps {
  atlas: Atlas;
  kind: ExploreKind;
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
}

/** The filter controls. */
export function ExploreFilters({ atlas, kind, filters, onChange }: ExploreFiltersProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const depth = (regionId: string | null): number => {
    let n = 0;
    for (let id = regionId; id; id = atlas.regionOf(id)?.parentId ?? null) n++;
    return n;
  };
  return (
    <div className={styles.root} role="search">
      <Field label={t.explore.searchLabel} hint={t.explore.searchHint}>
        <Input
          type="search"
          value={filters.query}
          placeholder={t.explore.searchPlaceholder}
          contentBefore={<SearchRegular aria-hidden />}
          onChange={(_, data) => onChange({ query: data.value })}
        />
      </Field>
      <div className={styles.selects}>
        <Field label={t.explore.regionLabel} hint={filters.regionId !== "" ? t.explore.withinHint : undefined}>
          <FitSelect value={filters.regionId} onChange={(_, data) => onChange({ regionId: data.value })}>
            <option value="">{t.explore.allRegions}</option>
            {atlas.dataset.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {"\u2003".repeat(Math.max(0, depth(r.parentId)))}
                {regionName(r, language)}
              </option>
            ))}
          </FitSelect>
        </Field>
        {kind === "incentives" && (
          <Field label={t.explore.categoryLabel}>
            <FitSelect value={filters.categoryId} onChange={(_, data) => onChange({ categoryId: data.value })}>
              <option value="">{t.explore.allCategories}</option>
              {atlas.dataset.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {categoryName(c, language)}
                </option>
              ))}
            </FitSelect>
          </Field>
        )}
        <Field label={t.explore.statusLabel}>
          <FitSelect value={filters.status} onChange={(_, data) => onChange({ status: data.value as StatusFilter })}>
            <option value="all">{t.explore.anyStatus}</option>
            <option value="final">{t.explore.statusFinal}</option>
            <option value="draft">{t.explore.statusDraft}</option>
            <option value="press-report">{t.explore.statusPress}</option>
          </FitSelect>
        </Field>
      </div>
    </div>
  );
}
