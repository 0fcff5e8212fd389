/**
 * Values kept in the workbook itself (Office.context.document.settings), so a profile travels
 * with the file and a colleague opening it sees the same package. The Settings API belongs to the
 * `Settings` requirement set, which the manifest does not declare: each call checks it with
 * `isApiSetSupported` and reports "unsupported" so the caller can use its fallback storage.
 */
import { isApiSetSupported } from "./api-sets";

/** A document setting's text, null when it is not set, or undefined when the host has no document settings. */
export function readDocumentSetting(key: string): string | null | undefined {
  if (isApiSetSupported("Settings", "1.1")) {
    const value: unknown = Office.context.document.settings.get(key);
    return typeof value === "string" ? value : null;
  }
  return undefined;
}

/**
 * Sets a document setting and saves it into the document. Resolves false when the host has no
 * document settings (nothing written); rejects with the host's message when saving fails.
 */
export function writeDocumentSetting(key: string, value: string, what = "The profile"): Promise<boolean> {
  if (isApiSetSupported("Settings", "1.1")) {
    const settings = Office.context.document.settings;
    settings.set(key, value);
    return new Promise((resolve, reject) => {
      settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(true);
        else reject(new Error(`${what} could not be saved in the workbook: ${result.error?.message ?? "unknown error"}`));
      });
    });
  }
  return Promise.resolve(false);
}
