/**
 * Outside Excel (the pane opened in a plain browser), Office.js defines no `CustomFunctions`;
 * this stands in for it so the functions module, with the associate calls the metadata plugin
 * appends, loads and the preview works. In Excel the real runtime is already there and this does
 * nothing. It must be the first import of functions.ts.
 */
const scope = globalThis as { CustomFunctions?: unknown };

if (typeof scope.CustomFunctions === "undefined") {
  class PreviewError extends Error {
    readonly code: string;
    constructor(code: string, message?: string) {
      super(message ?? code);
      this.code = code;
    }
  }
  scope.CustomFunctions = {
    associate: (): void => undefined,
    Error: PreviewError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
}

export {};
