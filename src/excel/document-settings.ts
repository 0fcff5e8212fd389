/**
 * Values kept in the workbook itself (Office.context.document.settings), so a profile travels
 * with the file and a colleague opening it sees the same package. The Settings API belongs to the
 * `Settings` requirement set, which this add-in does not declare in its manifest: it is checked
 * with `isSetSupported` and, where missing, the caller's fallback storage is used.
 */

/** Whether the host offers document settings. */
export function documentSettingsSupported(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("Settings", "1.1") === true &&
      Office.context.document?.settings !== undefined
    );
  } catch {
    return false;
  }
}

/** A document setting's text, or null when it is not set. */
export function readDocumentSetting(key: string): string | null {
  const value: unknown = Office.context.document.settings.get(key);
  return typeof value === "string" ? value : null;
}

/** Sets a document setting and saves the settings into the document; rejects with the host's message. */
export function writeDocumentSetting(key: string, value: string): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(`The profile could not be saved in the workbook: ${result.error?.message ?? "unknown error"}`));
    });
  });
}
