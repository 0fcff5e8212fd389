/**
 * The refresh settings: the dataset address (checked by the data layer: https, or http on
 * localhost) and the start-up check. Saved in the page's storage; errors beside the field.
 */
import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RefreshError } from "../../../data/refresh-error";
import type { RefreshSettings } from "../../../data/settings";
import type { DataServices } from "../../host/data-services";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Props: the settings in effect and how to save a change. */
export interface RefreshSettingsFormProps {
  settings: RefreshSettings;
  services: DataServices;
  onSaved: (settings: RefreshSettings) => void;
}

/** The address field, its buttons and the start-up switch. */
export function RefreshSettingsForm({ settings, services, onSaved }: RefreshSettingsFormProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [url, setUrl] = useState(settings.isDefaultUrl ? "" : settings.refreshUrl);
  const [error, setError] = useState<RefreshError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const save = async (change: Parameters<DataServices["saveSettings"]>[0]) => {
    setSaving(true);
    setSaved(false);
    try {
      const result = await services.saveSettings(change);
      if (result.ok) {
        setError(undefined);
        setSaved(change.refreshUrl !== undefined);
        if (change.refreshUrl !== undefined) setUrl(result.settings.isDefaultUrl ? "" : result.settings.refreshUrl);
        onSaved(result.settings);
      } else {
        setError(result.error);
      }
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      setError({ code: "storage", message: { en: message, zh: message }, detail: message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.root}>
      <Field
        label={t.data.urlLabel}
        hint={t.data.urlHint}
        validationState={error ? "error" : saved ? "success" : "none"}
        validationMessage={error ? error.message[language] : saved ? t.data.urlSaved : undefined}
      >
        <Input
          type="url"
          value={url}
          placeholder={services.defaultUrl}
          onChange={(_, data) => {
            setUrl(data.value);
            setSaved(false);
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button disabled={saving} onClick={() => void save({ refreshUrl: url })}>
          {t.data.saveUrl}
        </Button>
        <Button appearance="subtle" disabled={saving || settings.isDefaultUrl} onClick={() => void save({ refreshUrl: null })}>
          {t.data.resetUrl}
        </Button>
      </div>
      {/* A checkbox, not a Switch: the same setting, and the page already ships Checkbox (Switch alone was ~3 KiB gzip). */}
      <Checkbox
        checked={settings.checkOnStart}
        disabled={saving}
        label={t.data.checkOnStart}
        onChange={(_, data) => void save({ checkOnStart: data.checked === true })}
      />
    </div>
  );
}
