/**
 * The dom project's setup: jest-dom matchers, and the browser APIs jsdom lacks that Fluent UI
 * uses (ResizeObserver for message bars that reflow; matchMedia for reduced motion and the
 * preview's colour scheme). A React warning (a duplicate key, an invalid prop…) fails the test that
 * caused it: React only prints them, and in production it drops them.
 */
import "@testing-library/jest-dom";
import { cleanup } from "@testing-library/react";
import { webcrypto } from "crypto";
import { TextDecoder, TextEncoder, format } from "util";

// Fluent UI renders a deep DOM and role queries walk all of it: allow for a busy machine.
jest.setTimeout(20_000);

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const scope = globalThis as { ResizeObserver?: unknown };
if (typeof scope.ResizeObserver === "undefined") scope.ResizeObserver = NoopResizeObserver;

if (typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom's window has no structuredClone (Node's is not exposed); the datasets are plain JSON.
const cloning = globalThis as { structuredClone?: <T>(value: T) => T };
if (typeof cloning.structuredClone !== "function") cloning.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// jsdom has no Web Crypto digest (the saved dataset's checksum) nor TextEncoder: Node's stand in.
const web = globalThis as { crypto?: { subtle?: unknown }; TextEncoder?: unknown; TextDecoder?: unknown };
if (!web.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
if (typeof web.TextEncoder === "undefined") web.TextEncoder = TextEncoder;
if (typeof web.TextDecoder === "undefined") web.TextDecoder = TextDecoder;

// React 18 prefixes its development warnings with "Warning:"; React 19 names the problem alone.
const REACT_WARNING = /^Warning: |Encountered two children with the same key|unique "key" prop/;
const reactWarnings: string[] = [];
const printError = console.error.bind(console);
console.error = (...args: unknown[]): void => {
  if (REACT_WARNING.test(String(args[0]))) reactWarnings.push(format(...args).split("\n")[0]);
  printError(...args);
};
beforeEach(() => {
  reactWarnings.length = 0;
});
afterEach(() => {
  cleanup(); // unmount first (Testing Library's own cleanup runs after this hook), so warnings on unmount count too
  if (reactWarnings.length > 0) throw new Error(`React warned during this test:\n${reactWarnings.join("\n")}`);
});
