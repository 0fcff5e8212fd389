/**
 * What the loopback server cannot show: a browser's view of redirects. With `redirect: "manual"`
 * a browser answers an "opaqueredirect" without the target; the download is then repeated with
 * `redirect: "follow"` and refused if it ended on a disallowed URL.
 */
import { downloadDatasetText } from "../../src/data/fetch-dataset";
import { RefreshFailure } from "../../src/data/refresh-error";

/** The parts of a Response the download reads, as a browser would hand them over. */
function browserResponse(init: { type?: ResponseType; url: string; body?: string; status?: number; redirected?: boolean }): Response {
  const status = init.status ?? 200;
  const response = {
    type: init.type ?? "basic",
    url: init.url,
    redirected: init.redirected ?? false,
    status,
    statusText: "",
    ok: status >= 200 && status < 300,
    headers: new Headers(status === 0 ? {} : { "content-type": "application/json" }),
    body: init.body === undefined ? null : new Response(init.body).body,
  };
  return response as unknown as Response;
}

const options = (fetchImpl: typeof fetch) => ({ timeoutMs: 1000, maxBytes: 1024, fetchImpl });

test("an opaque redirect is followed by the browser and accepted when it ends on https", async () => {
  const fetchImpl = jest
    .fn()
    .mockResolvedValueOnce(browserResponse({ type: "opaqueredirect", url: "https://a.example/data.json", status: 0 }))
    .mockResolvedValueOnce(browserResponse({ url: "https://cdn.example/data.json", body: "{}", redirected: true }));
  const result = await downloadDatasetText("https://a.example/data.json", options(fetchImpl as unknown as typeof fetch));
  expect(result).toMatchObject({ text: "{}", url: "https://cdn.example/data.json" });
  expect(fetchImpl.mock.calls.map(([, init]) => (init as RequestInit).redirect)).toEqual(["manual", "follow"]);
});

test("an opaque redirect that ends on plain http is refused", async () => {
  const fetchImpl = jest
    .fn()
    .mockResolvedValueOnce(browserResponse({ type: "opaqueredirect", url: "https://a.example/data.json", status: 0 }))
    .mockResolvedValueOnce(browserResponse({ url: "http://cdn.example/data.json", body: "{}", redirected: true }));
  const failure = await downloadDatasetText("https://a.example/data.json", options(fetchImpl as unknown as typeof fetch)).catch(
    (e: unknown) => e,
  );
  expect(failure).toBeInstanceOf(RefreshFailure);
  expect((failure as RefreshFailure).error).toMatchObject({
    code: "redirect-insecure",
    detail: expect.stringContaining("http://cdn.example/data.json"),
  });
});

test("a fetch that follows redirects itself is still held to the rule", async () => {
  const fetchImpl = jest
    .fn()
    .mockResolvedValueOnce(browserResponse({ url: "http://mirror.example/data.json", body: "{}", redirected: true }));
  const failure = await downloadDatasetText("https://a.example/data.json", options(fetchImpl as unknown as typeof fetch)).catch(
    (e: unknown) => e,
  );
  expect((failure as RefreshFailure).error.code).toBe("redirect-insecure");
});
