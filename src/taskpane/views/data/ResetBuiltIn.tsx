/** "Reset to built-in data": loads the dataset built into the add-in and deletes the saved copy. */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { DataServices } from "../../host/data-services";
import { useI18n } from "../../i18n";

/** Props: the data services. */
export interface ResetBuiltInProps {
  services: DataServices;
}

/** The reset button and what it did. */
export function ResetBuiltIn({ services }: ResetBuiltInProps) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const reset = async (): Promise<void> => {
    setBusy(true);
    const result = await services.resetToBuiltIn();
    setBusy(false);
    setMessage(result.removeError ? t.data.resetNotRemoved : t.data.resetDone(result.loaded.atlas.dataset.version));
  };
  return (
    <div>
      <Button appearance="secondary" disabled={busy} onClick={() => void reset()}>
        {t.data.resetBuiltIn}
      </Button>
      {message && (
        <Text block role="status" size={200}>
          {message}
        </Text>
      )}
    </div>
  );
}
