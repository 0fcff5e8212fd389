/**
 * What start-up did with the data, in the user's language: the saved copy restored, kept or
 * unusable (the built-in data loaded instead, with the technical reason), and the result of the
 * optional check for a newer dataset.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import type { StartupSnapshot } from "../../host/startup";
import { ErrorDetails } from "./ErrorDetails";

/** Props: the start-up snapshot. */
export interface StartupMessagesProps {
  startup: StartupSnapshot;
}

/** The messages (nothing when there is nothing worth saying). */
export function StartupMessages({ startup }: StartupMessagesProps) {
  const { t, language } = useI18n();
  const { restore, startCheck } = startup;
  return (
    <>
      {restore.status === "pending" && <Spinner size="tiny" labelPosition="after" label={t.data.restoring} />}
      {restore.status === "restored" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.origins.stored}</MessageBarTitle>
            {restore.message[language]}
          </MessageBarBody>
        </MessageBar>
      )}
      {restore.status === "kept" && restore.message && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.origins.bundled}</MessageBarTitle>
            {restore.message[language]}
          </MessageBarBody>
        </MessageBar>
      )}
      {restore.status === "fell-back" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.origins.bundled}</MessageBarTitle>
            {restore.message[language]}
            <ErrorDetails error={{ code: "storage", detail: restore.detail }} />
          </MessageBarBody>
        </MessageBar>
      )}
      {startCheck.status === "updated" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.startCheckTitle}</MessageBarTitle>
            {startCheck.message[language]}
          </MessageBarBody>
        </MessageBar>
      )}
      {startCheck.status === "older-needs-confirmation" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.startCheckTitle}</MessageBarTitle>
            {startCheck.message[language]}
          </MessageBarBody>
        </MessageBar>
      )}
      {startCheck.status === "failed" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.startCheckTitle}</MessageBarTitle>
            {startCheck.error.message[language]}
            <ErrorDetails error={startCheck.error} />
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
