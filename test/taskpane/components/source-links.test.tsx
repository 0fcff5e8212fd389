/**
 * Links in the pane (issue 22): no refused or non-https address becomes an href, and the host a
 * link goes to is shown beside "Open the source" (punycode for a look-alike host).
 */
import { render, screen } from "@testing-library/react";
import { SourceDetails } from "../../../src/taskpane/components/SourceDetails";
import type { Source } from "../../../src/core/rules/schema";
import { bundledDataset } from "../../../src/data/bundled";

const base = bundledDataset().sources[0];
const withUrl = (url: string | null): Source => ({ ...base, url }) as Source;

const REFUSED = [
  "javascript:alert(document.domain)",
  "https://www.sz.gov.cn@evil.example/",
  "https://user:pw@www.sz.gov.cn/",
  "https://192.168.0.1/policy.html",
  "https://[::1]/policy.html",
  "https://intranet/policy.html",
  "https://www.sz.gov.cn/\u202Elmth.exe",
  "https://www.sz.gov.cn/a\u200Bb",
  `https://www.sz.gov.cn/${"a".repeat(2100)}`,
  "data:text/html,<script>alert(1)</script>",
  "http://www.sz.gov.cn/plain.html",
  "not a url",
];

test.each(REFUSED)("%s never becomes an href", (url) => {
  const { container } = render(<SourceDetails quotes={["q"]} source={withUrl(url)} />);
  expect(container.querySelectorAll("a[href]")).toHaveLength(0);
});

test("an https source is a link with its host beside it; a look-alike host shows as punycode", () => {
  const { container, unmount } = render(<SourceDetails quotes={["q"]} source={withUrl("https://www.sz.gov.cn/zwgk/a.html")} />);
  expect(container.querySelector("a[href]")).toHaveAttribute("href", "https://www.sz.gov.cn/zwgk/a.html");
  expect(screen.getByTestId("source-host")).toHaveTextContent("on www.sz.gov.cn");
  unmount();
  const { container: c2 } = render(<SourceDetails quotes={["q"]} source={withUrl("https://www.sz.g\u043Ev.cn/a.html")} />);
  expect(c2.querySelector("a[href]")?.getAttribute("href")).toMatch(/^https:\/\/www\.sz\.xn--/);
  expect(screen.getByTestId("source-host").textContent).toMatch(/xn--/);
});

test("every href the pane renders is https: and parses", () => {
  for (const source of bundledDataset().sources) {
    const { container, unmount } = render(<SourceDetails quotes={["q"]} source={source} />);
    for (const a of container.querySelectorAll("a[href]")) {
      expect(new URL(a.getAttribute("href") ?? "").protocol).toBe("https:");
    }
    unmount();
  }
});
