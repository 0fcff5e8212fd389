/**
 * The Data view's trust facts (issue 22): the key that signed the loaded data and a short content
 * hash (or "built into the add-in"), the keys this build trusts, a saved link only when it is
 * https, and "Reset to built-in data", which loads the bundled dataset and deletes the saved copy.
 */
import { act } from "@testing-library/react";
import { DATASET_KEY } from "../../../../src/data/persist";
import { memoryStorage } from "../../../../src/data/storage";
import { loadedData, swapDataset } from "../../../../src/data/store";
import { createDataServices } from "../../../../src/taskpane/host/data-services";
import { variant } from "../../../support/datasets";
import { signatureFor, trustedTestKey } from "../../../support/signing";
import { inPanel, renderPane, screen, TEST_DATA_URL } from "../../support/render-pane";

test("built-in data: no signature needed, and the build's trusted key is listed", async () => {
  renderPane({ view: "data" });
  await screen.findByText(TEST_DATA_URL, { exact: false });
  expect(inPanel("data").getByTestId("data-key")).toHaveTextContent("Built into the add-in");
  expect(inPanel("data").getByTestId("data-trusted-keys")).toHaveTextContent(trustedTestKey().publicKey.keyId);
});

test("refreshed data shows its key id and short hash; reset loads the built-in data and deletes the saved copy", async () => {
  const map = new Map<string, string>([[DATASET_KEY, "a saved copy"]]);
  const storage = memoryStorage(map);
  const text = JSON.stringify(variant("2025.04.01"));
  const signature = signatureFor(text);
  const { keyId, statement } = JSON.parse(signature) as { keyId: string; statement: string };
  const signed = { keyId, sha256: (JSON.parse(statement) as { sha256: string }).sha256, signature, text };
  swapDataset(JSON.parse(text), "refreshed", { url: "https://data.example.com/atlas.json", signed });
  const { user } = renderPane({ view: "data", services: createDataServices(storage, TEST_DATA_URL) });
  await screen.findByText(TEST_DATA_URL, { exact: false });
  const data = inPanel("data");
  expect(data.getByTestId("data-key")).toHaveTextContent(trustedTestKey().publicKey.keyId);
  expect(data.getByTestId("data-hash").textContent).toMatch(/^[0-9a-f]{12}$/);
  expect(data.getByRole("link", { name: "https://data.example.com/atlas.json" })).toHaveAttribute(
    "href",
    "https://data.example.com/atlas.json",
  );
  await user.click(data.getByRole("button", { name: "Reset to built-in data" }));
  expect(await data.findByText(/The built-in data \(version \d{4}\.\d{2}\.\d{2}(\.\d+)?\) is loaded/)).toBeInTheDocument();
  expect(loadedData().origin).toBe("bundled");
  expect(map.has(DATASET_KEY)).toBe(false);
});

test("a loaded url that is not https is shown as text, never as an href", async () => {
  renderPane({ view: "data" });
  await screen.findByText(TEST_DATA_URL, { exact: false });
  act(() => void swapDataset(variant("2025.04.01"), "stored", { url: "javascript:alert(document.domain)" }));
  expect(inPanel("data").getByText("javascript:alert(document.domain)").closest("a")).toBeNull();
});
