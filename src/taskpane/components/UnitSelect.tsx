/** The unit picker (元 / 万元 / 亿元) used by the header, the calculator and the comparison controls. */
import type { SelectProps } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { PANE_UNITS } from "../i18n/format";
import type { PaneUnitId } from "../i18n/preferences";
import { FitSelect } from "./FitSelect";

/** Props: the chosen unit and what to do when the user picks another. */
export interface UnitSelectProps extends Omit<SelectProps, "value" | "onChange"> {
  value: PaneUnitId;
  onUnitChange: (unit: PaneUnitId) => void;
}

/** A select of the pane's units, labelled in the pane's language. */
export function UnitSelect({ value, onUnitChange, ...rest }: UnitSelectProps) {
  const { t } = useI18n();
  return (
    <FitSelect {...rest} value={value} onChange={(_, data) => onUnitChange(data.value as PaneUnitId)}>
      {PANE_UNITS.map((u) => (
        <option key={u.id} value={u.id}>
          {t.units[u.id as PaneUnitId]}
        </option>
      ))}
    </FitSelect>
  );
}
