/**
 * A labelled group of checkboxes with quick picks (all, a preset such as "with data", none):
 * the region and category pickers of the Compare view.
 */
import { Button, Checkbox, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  quick: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalXS },
  options: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))", columnGap: tokens.spacingHorizontalS },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** One option. */
export interface Choice {
  id: string;
  label: string;
  detail?: string;
  lang?: string;
}

/** A quick pick: a button that selects a set of ids. */
export interface QuickPick {
  label: string;
  ids: readonly string[];
}

/** Props of the checkbox group. */
export interface ChoiceListProps {
  legend: ReactNode;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  quickPicks: readonly QuickPick[];
  /** Describes the group when nothing valid is picked. */
  errorId?: string;
}

/** Checkboxes in a fieldset. Selection keeps the order of `choices`. */
export function ChoiceList({ legend, choices, selected, onChange, quickPicks, errorId }: ChoiceListProps) {
  const styles = useStyles();
  const id = useId("choices-");
  const toggle = (choiceId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(choiceId);
    else next.delete(choiceId);
    onChange(choices.filter((c) => next.has(c.id)).map((c) => c.id));
  };
  return (
    <fieldset className={styles.root} aria-describedby={errorId}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.quick}>
        {quickPicks.map((pick) => (
          <Button key={pick.label} size="small" onClick={() => onChange(choices.filter((c) => pick.ids.includes(c.id)).map((c) => c.id))}>
            {pick.label}
          </Button>
        ))}
      </div>
      <div className={styles.options}>
        {choices.map((choice) => (
          <Checkbox
            key={choice.id}
            id={`${id}${choice.id}`}
            checked={selected.includes(choice.id)}
            onChange={(_, data) => toggle(choice.id, data.checked === true)}
            label={
              <span lang={choice.lang}>
                {choice.label}
                {choice.detail && <span className={styles.detail}> · {choice.detail}</span>}
              </span>
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
