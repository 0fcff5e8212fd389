/**
 * Mounts the React pane (Fluent UI v9) into the page. Placeholder until the pane lands.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { currentAtlas } from "../data/store";

/** Renders the pane; `host` is Office's host (Excel) or null in a plain browser. */
export function mountPane(root: HTMLElement | null, host: Office.HostType | null): void {
  if (!root) throw new Error("The page has no #root element.");
  const atlas = currentAtlas();
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <main>
        <h1>AI Policy Atlas</h1>
        <p>
          Dataset {atlas.dataset.version} · {host ? "Excel" : "browser preview"}
        </p>
      </main>
    </FluentProvider>,
  );
}
