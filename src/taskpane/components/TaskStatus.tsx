/**
 * The outcome of an action, in the pane: a spinner once it runs longer than ~150 ms, then a
 * success or error message bar (errors with their reason; the preview's "needs Excel" explained).
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { errorText, type TaskState } from "./useTask";
import { useI18n } from "../i18n";
import { isNeedsExcelError, refusalReason } from "../host/operations";

/** Props: the task's state and the words for each outcome. */
export interface TaskStatusProps<T> {
  state: TaskState<T>;
  running: string;
  doneTitle?: string;
  done: (value: T) => ReactNode;
  failed: string;
}

/** Renders nothing while idle or briefly running. */
export function TaskStatus<T>({ state, running, doneTitle, done, failed }: TaskStatusProps<T>) {
  const { t } = useI18n();
  switch (state.status) {
    case "idle":
      return null;
    case "running":
      return state.slow ? <Spinner size="tiny" labelPosition="after" label={running} role="status" /> : null;
    case "done":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {doneTitle !== undefined && <MessageBarTitle>{doneTitle}</MessageBarTitle>}
            {done(state.value)}
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failed}</MessageBarTitle>
            {failureText(state.error, t)}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

/** The pane's own words for the refusals it knows (in the UI language); otherwise the error's message. */
function failureText(error: unknown, t: ReturnType<typeof useI18n>["t"]): string {
  if (isNeedsExcelError(error)) return t.needsExcel;
  switch (refusalReason(error)) {
    case "multipleAreas":
      return t.multipleAreas;
    case "apiSetUnsupported":
      return t.needsNewerExcel("ExcelApi 1.12");
    default:
      return errorText(error);
  }
}
