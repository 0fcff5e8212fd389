/**
 * A button for something that needs a workbook. In Excel it is an ordinary button; in the browser
 * preview it stays focusable but disabled, described by a note saying why (its own, or a shared
 * one via `noteId`), so it is never silently broken.
 */
import { Button, Text, makeStyles, tokens, useId, type ButtonProps } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";
import { availability, type PaneFeature } from "../host/host-features";
import { useI18n } from "../i18n";
import type { ApiSetSupport, PaneHost } from "../host/operations";

const useStyles = makeStyles({
  note: { display: "block", color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXXS },
});

/**
 * The explanation shown beside actions the host cannot do: Excel-only actions in the preview, or
 * (with `requirement`) an action the user's Excel is too old for.
 */
export function NeedsExcelNote({ id, requirement }: { id: string; requirement?: { name: string; version: string } }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Text id={id} size={200} className={styles.note}>
      {requirement ? t.needsNewerExcel(`${requirement.name} ${requirement.version}`) : t.needsExcel}
    </Text>
  );
}

/** Props of an Excel-only action. */
export interface ExcelActionProps {
  feature: PaneFeature;
  host: PaneHost;
  onClick: () => void;
  children: ReactNode;
  busy?: boolean;
  disabled?: boolean;
  icon?: ReactElement;
  appearance?: ButtonProps["appearance"];
  /** The id of a shared NeedsExcelNote; omitted, the button shows its own in the preview. */
  noteId?: string;
  /** The host's requirement-set check, for features that need more than the manifest declares. */
  supports?: ApiSetSupport;
}

/** A button enabled only where the host supports the feature. */
export function ExcelAction({ feature, host, onClick, children, busy, disabled, icon, appearance, noteId, supports }: ExcelActionProps) {
  const ownNoteId = useId("needs-excel-");
  const state = availability(feature, host, supports);
  if (!state.available) {
    return (
      <>
        <Button appearance={appearance} icon={icon} disabledFocusable aria-describedby={noteId ?? ownNoteId}>
          {children}
        </Button>
        {noteId === undefined && (
          <NeedsExcelNote id={ownNoteId} requirement={state.reason === "needsNewerExcel" ? state.requirement : undefined} />
        )}
      </>
    );
  }
  // While busy the button stays focusable but inert (no double insert); the spinner with words is
  // TaskStatus's, shown once the action has run for ~150 ms.
  return (
    <Button
      appearance={appearance}
      icon={icon}
      disabledFocusable={busy}
      disabled={disabled && !busy}
      aria-busy={busy || undefined}
      onClick={busy ? undefined : onClick}
    >
      {children}
    </Button>
  );
}
