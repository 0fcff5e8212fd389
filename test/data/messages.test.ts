/**
 * Every refresh error has a message in both languages that a user can act on, distinct per code,
 * and every failure before the swap says the current data is unchanged.
 */
import { errorMessage } from "../../src/data/messages";
import { REFRESH_ERROR_CODES } from "../../src/data/refresh-error";

const HAN = /[\u4e00-\u9fff]/;

test.each(REFRESH_ERROR_CODES)("%s has an English and a Chinese message", (code) => {
  const message = errorMessage(code, {
    status: 503,
    timeoutMs: 15_000,
    maxBytes: 8 * 1024 * 1024,
    contentType: "text/html",
    problems: ["x"],
    storedChars: 2_400_000,
    budgetChars: 2 * 1024 * 1024,
  });
  expect(message.en).toMatch(/^[A-Z].*\.$/s);
  expect(message.zh).toMatch(HAN);
  expect(message.zh).toMatch(/。$/);
  expect(message.en).not.toMatch(/undefined|NaN|\[object/);
  expect(message.zh).not.toMatch(/undefined|NaN|\[object/);
  if (code === "storage" || code === "storage-budget") expect(message.en).not.toContain("unchanged");
  else expect(message.en).toContain("Your current data is unchanged.");
});

test("messages differ per code", () => {
  const texts = REFRESH_ERROR_CODES.map((code) => errorMessage(code).en);
  expect(new Set(texts).size).toBe(texts.length);
});

test("figures in messages are in the user's units", () => {
  expect(errorMessage("timeout", { timeoutMs: 15_000 }).en).toContain("within 15 seconds");
  expect(errorMessage("too-large", { maxBytes: 8 * 1024 * 1024 }).zh).toContain("8 MB");
  expect(errorMessage("http", { status: 404 }).en).toContain("No dataset was found");
  expect(errorMessage("http", { status: 403 }).en).toContain("refused access");
  expect(errorMessage("content-type", { contentType: "text/html; charset=utf-8" }).en).toContain("a web page (text/html)");
  const budget = errorMessage("storage-budget", { storedChars: 2_400_000, budgetChars: 2 * 1024 * 1024 });
  expect(budget.en).toContain("would take 2.29 MB, over the 2 MB");
  expect(budget.zh).toContain("需要 2.29 MB，超过");
});
