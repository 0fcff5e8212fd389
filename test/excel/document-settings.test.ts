/**
 * The profile kept in the workbook's settings: used only where the host reports the Settings
 * requirement set, saved with saveAsync, a failed save reported; elsewhere the Excel operations
 * fall back to the browser's storage (memory where there is none).
 */
import { readDocumentSetting, writeDocumentSetting } from "../../src/excel/document-settings";
import { excelOperations } from "../../src/taskpane/host/excel-operations";
import { browserStorageGet, PROFILE_SETTING_KEY } from "../../src/taskpane/host/operations";

function installOffice(supported: boolean, saveFails = false): Map<string, unknown> {
  const store = new Map<string, unknown>();
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => supported && name === "Settings" && version === "1.1" },
      document: {
        settings: {
          get: (key: string) => store.get(key) ?? null,
          set: (key: string, value: unknown) => store.set(key, value),
          saveAsync: (done: (r: { status: string; error?: { message: string } }) => void) =>
            done(saveFails ? { status: "failed", error: { message: "The document is read-only." } } : { status: "succeeded" }),
        },
      },
    },
  };
  return store;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test("with the Settings set: written into the document and read back", async () => {
  const store = installOffice(true);
  expect(readDocumentSetting("k")).toBeNull();
  await expect(writeDocumentSetting("k", '{"values":{}}')).resolves.toBe(true);
  expect(store.get("k")).toBe('{"values":{}}');
  expect(readDocumentSetting("k")).toBe('{"values":{}}');
});

test("a failed save is an error with the host's reason", async () => {
  installOffice(true, true);
  await expect(writeDocumentSetting("k", "x")).rejects.toThrow(
    "The profile could not be saved in the workbook: The document is read-only.",
  );
});

test("without the Settings set the Excel operations keep the profile in the browser's storage", async () => {
  const store = installOffice(false);
  expect(readDocumentSetting("k")).toBeUndefined();
  const ops = excelOperations();
  await ops.saveProfile('{"values":{"years":3}}');
  expect(store.size).toBe(0);
  expect(browserStorageGet(PROFILE_SETTING_KEY)).toBe('{"values":{"years":3}}'); // node: no localStorage, the in-memory copy
  expect(await ops.loadProfile()).toBe('{"values":{"years":3}}');
});
