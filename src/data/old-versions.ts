/**
 * Finding the dataset version a workbook was computed with (PRODUCT.md §13), so its figures can be
 * computed again: the bundled dataset if it is that version, else a kept version
 * (kept-versions.ts), else the copy the build publishes on the add-in's host
 * (`data/versions/<version>.json` with its signature beside it), downloaded within the refresh's
 * limits, verified against the build's keys and accepted only when its content hash is the stamp's. When none is found the reason says where it looked.
 */
import type { DataStamp } from "../core/rules/data-stamp";
import type { Dataset } from "../core/rules/schema";
import { bundledDataset } from "./bundled";
import { downloadDatasetText } from "./fetch-dataset";
import { keptVersion } from "./kept-versions";
import { describeThrown, RefreshFailure, type UserMessage } from "./refresh-error";
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from "./refresh";
import { FOR_OLD_FIGURES, parseSignedDataset, type TrustedKey } from "./signature";
import { stampOf } from "./stamps";
import { downloadSignature } from "./trust";
import { buildTrustedKeys } from "./trusted-keys";
import type { KeyValueStorage } from "./storage";

/** A version to find: by its stamp, or (a Sources block names no hash) by its version alone. */
export type VersionName = Pick<DataStamp, "version"> & { hash?: string };

/** Where a version was found, or why it was not. */
export type FoundVersion = { ok: true; dataset: Dataset; from: "bundled" | "kept" | "published" } | { ok: false; reason: UserMessage };

/** What finding a version may use. */
export interface FindVersionOptions {
  storage: KeyValueStorage;
  /** The published copies' folder: `https://host/data/versions/`. */
  archiveUrl: string;
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
  /** The keys a published copy must be signed with (default: this build's). */
  trustedKeys?: readonly TrustedKey[];
}

/** The address of a version's published copy. */
export function publishedVersionUrl(archiveUrl: string, version: string): string {
  return new URL(`${encodeURIComponent(version)}.json`, archiveUrl).href;
}

/** Finds the dataset a stamp names; never throws. */
export async function findVersion(stamp: VersionName, options: FindVersionOptions): Promise<FoundVersion> {
  const bundled = bundledDataset();
  if (sameContent(stampOf(bundled), stamp)) return { ok: true, dataset: bundled, from: "bundled" };
  const kept = await keptVersion(options.storage, stamp.version, stamp.hash).catch(() => undefined);
  if (kept) return { ok: true, dataset: kept, from: "kept" };
  const url = publishedVersionUrl(options.archiveUrl, stamp.version);
  try {
    const download = {
      timeoutMs: DEFAULT_TIMEOUT_MS,
      maxBytes: DEFAULT_MAX_BYTES,
      fetchImpl: options.fetchImpl ?? fetch,
      signal: options.signal,
    };
    const downloaded = await downloadDatasetText(url, download);
    const signature = await downloadSignature(url, download);
    const keys = options.trustedKeys ?? buildTrustedKeys();
    const { dataset } = await parseSignedDataset(downloaded.raw, downloaded.text, signature, keys, FOR_OLD_FIGURES);
    if (sameContent(stampOf(dataset), stamp)) return { ok: true, dataset, from: "published" };
    return notFound(stamp, url, "its published copy has other content (another content hash)", "发布的副本内容不同（内容哈希不一致）");
  } catch (e) {
    if (e instanceof RefreshFailure) return notFound(stamp, url, e.error.message.en, e.error.message.zh);
    return notFound(stamp, url, describeThrown(e), describeThrown(e));
  }
}

function sameContent(a: DataStamp, b: VersionName): boolean {
  return a.version === b.version && (b.hash === undefined || a.hash === b.hash);
}

function notFound(stamp: VersionName, url: string, en: string, zh: string): FoundVersion {
  return {
    ok: false,
    reason: {
      en: `Data version ${stamp.version} is not kept on this computer and could not be fetched from ${url}: ${en.replace(/\.$/, "")}.`,
      zh: `数据版本 ${stamp.version} 未保存在本机，也无法从 ${url} 获取：${zh.replace(/。$/, "")}。`,
    },
  };
}
