/**
 * The pane's entry, the only place that touches Office.onReady. It runs after the functions
 * bundle has registered the CN.* functions; the React UI is a separate chunk loaded here, so
 * registration never waits for React.
 */
Office.onReady((info) => {
  void import(/* webpackChunkName: "pane" */ "./mount")
    .then(({ mountPane }) => mountPane(document.getElementById("root"), info.host ?? null))
    .catch((error: unknown) => {
      const root = document.getElementById("root");
      if (root) root.textContent = `AI Policy Atlas could not start: ${error instanceof Error ? error.message : String(error)}`;
      throw error;
    });
});
