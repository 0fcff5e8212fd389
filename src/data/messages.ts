/**
 * Every user-facing text of refresh, restore and settings, in English and Simplified Chinese.
 * Written for an analyst, not a developer: what happened, what it means for their data, what to
 * do. The technical detail travels separately (`RefreshError.detail`).
 */
import { RefreshFailure, type RefreshError, type RefreshErrorCode, type UserMessage } from "./refresh-error";
import type { DatasetVersion } from "./version";
import { SCHEMA_VERSION } from "../core/rules/schema";
import { trustMessage, type TrustProblem } from "./trust-messages";

/** What a message may mention. */
export interface ErrorParams {
  status?: number;
  timeoutMs?: number;
  maxBytes?: number;
  contentType?: string;
  problems?: string[];
  /** The format version a refused dataset declares, for code "schema-version". */
  schemaVersion?: number;
  /** For "storage-budget": what the saved copy would take, and the budget, in characters. */
  storedChars?: number;
  budgetChars?: number;
  /** For "untrusted": why. */
  trust?: TrustProblem;
}

const UNCHANGED: UserMessage = { en: " Your current data is unchanged.", zh: "当前数据保持不变。" };

/** The bilingual message for an error code. */
export function errorMessage(code: RefreshErrorCode, params: ErrorParams = {}): UserMessage {
  const text = baseMessage(code, params);
  if (code === "storage" || code === "storage-budget") return text;
  return { en: text.en + UNCHANGED.en, zh: text.zh + UNCHANGED.zh };
}

function baseMessage(code: RefreshErrorCode, p: ErrorParams): UserMessage {
  switch (code) {
    case "invalid-url":
      return { en: "The refresh address is not a valid web address.", zh: "刷新地址不是有效的网址。" };
    case "insecure-url":
      return {
        en: "The refresh address must start with https:// (plain http is allowed only for localhost).",
        zh: "刷新地址必须以 https:// 开头（仅 localhost 可使用 http）。",
      };
    case "network":
      return {
        en: "Could not reach the data server, or the connection broke off. Check your internet connection and the refresh address.",
        zh: "无法连接数据服务器，或连接中断。请检查网络连接和刷新地址。",
      };
    case "timeout": {
      const seconds = formatSeconds(p.timeoutMs);
      return {
        en: `The data server did not deliver the dataset within ${seconds} seconds.`,
        zh: `数据服务器未在 ${seconds} 秒内返回完整的数据集。`,
      };
    }
    case "http":
      return httpMessage(p.status ?? 0);
    case "redirect-insecure":
      return {
        en: "The data server redirected the download to an insecure (http) address, so it was refused.",
        zh: "数据服务器将下载重定向到不安全的（http）地址，已拒绝。",
      };
    case "too-many-redirects":
      return { en: "The data server redirected the download too many times.", zh: "数据服务器重定向次数过多。" };
    case "too-large": {
      const mb = formatMegabytes(p.maxBytes);
      return {
        en: `The download is larger than the ${mb} MB limit for a dataset, so it was stopped.`,
        zh: `下载内容超过数据集 ${mb} MB 的大小上限，已停止下载。`,
      };
    }
    case "content-type": {
      const what = describeContentType(p.contentType);
      return {
        en: `The refresh address returned ${what.en} instead of a JSON dataset. Check the address.`,
        zh: `刷新地址返回的是${what.zh}，而不是 JSON 数据集。请检查地址。`,
      };
    }
    case "json":
      return {
        en: "The downloaded file is not valid JSON: it may be incomplete or damaged.",
        zh: "下载的文件不是有效的 JSON，可能不完整或已损坏。",
      };
    case "schema": {
      const n = p.problems?.length ?? 0;
      return {
        en: `The downloaded file is not a valid AI Policy Atlas dataset (${n} ${n === 1 ? "problem" : "problems"}; see the details).`,
        zh: `下载的文件不是有效的 AI Policy Atlas 数据集（${n} 处问题，见详情）。`,
      };
    }
    case "schema-version":
      return schemaVersionMessage(p.schemaVersion);
    case "untrusted":
      return trustMessage(p.trust);
    case "aborted":
      return { en: "The refresh was cancelled.", zh: "刷新已取消。" };
    case "storage":
      return {
        en: "The new data is loaded, but it could not be saved for the next start (storage may be full or unavailable). It will be downloaded again if needed.",
        zh: "新数据已加载，但无法保存供下次启动使用（存储空间可能已满或不可用）。需要时会重新下载。",
      };
    case "storage-budget": {
      const stored = formatMegabytes(p.storedChars);
      const budget = formatMegabytes(p.budgetChars);
      return {
        en: `The new data is loaded and in use, but it was not saved for the next start: the saved copy would take ${stored} MB, over the ${budget} MB this add-in may keep in Excel's add-in storage (10 MB per site, shared with other add-ins). When Excel starts again, the last saved (or built-in) data is used until you refresh.`,
        zh: `新数据已加载并正在使用，但未能保存供下次启动使用：保存副本需要 ${stored} MB，超过本加载项在 Excel 加载项存储中可用的 ${budget} MB（每个网站共 10 MB，由多个加载项共享）。Excel 下次启动时将使用上次保存（或内置）的数据，直到您再次刷新。`,
      };
    }
    case "unexpected":
      return { en: "Something unexpected went wrong during the refresh.", zh: "刷新过程中出现意外错误。" };
  }
}

/**
 * A dataset in another format. Version 1 lacks the machine-readable eligibility conditions the
 * company package needs, and they cannot be derived from its prose, so it is refused rather than
 * migrated; a newer format needs a newer add-in.
 */
function schemaVersionMessage(offered: number | undefined): UserMessage {
  const v = offered === undefined ? "an unknown" : String(offered);
  if (offered !== undefined && offered > SCHEMA_VERSION) {
    return {
      en: `The published dataset uses data format ${v}, which is newer than this add-in reads (format ${SCHEMA_VERSION}). Update the add-in to load it.`,
      zh: `发布的数据集使用第 ${v} 版数据格式，比本加载项支持的格式（第 ${SCHEMA_VERSION} 版）更新。请更新加载项后再加载。`,
    };
  }
  return {
    en: `The published dataset uses data format ${v}; this add-in needs format ${SCHEMA_VERSION}, which adds the machine-readable eligibility conditions of the company package. Ask your data team to publish the dataset in format ${SCHEMA_VERSION}.`,
    zh: `发布的数据集使用第 ${v} 版数据格式；本加载项需要第 ${SCHEMA_VERSION} 版格式（新增企业政策包所需的机器可读申报条件）。请数据团队以第 ${SCHEMA_VERSION} 版格式发布数据集。`,
  };
}

function httpMessage(status: number): UserMessage {
  if (status === 404 || status === 410) {
    return {
      en: `No dataset was found at the refresh address (HTTP ${status}). Check the address.`,
      zh: `刷新地址上没有找到数据集（HTTP ${status}）。请检查地址。`,
    };
  }
  if (status === 401 || status === 403) {
    return {
      en: `The data server refused access to the dataset (HTTP ${status}).`,
      zh: `数据服务器拒绝访问数据集（HTTP ${status}）。`,
    };
  }
  if (status >= 500) {
    return {
      en: `The data server had a problem (HTTP ${status}). Try again later.`,
      zh: `数据服务器出现故障（HTTP ${status}），请稍后再试。`,
    };
  }
  return {
    en: `The data server did not return the dataset (HTTP ${status}).`,
    zh: `数据服务器未返回数据集（HTTP ${status}）。`,
  };
}

function describeContentType(contentType: string | undefined): UserMessage {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "") return { en: "a file without a content type", zh: "未标明内容类型的文件" };
  if (type === "text/html" || type === "application/xhtml+xml") return { en: `a web page (${type})`, zh: `网页（${type}）` };
  return { en: `a file of type ${type}`, zh: `类型为 ${type} 的文件` };
}

function formatSeconds(ms: number | undefined): string {
  const s = (ms ?? 0) / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

function formatMegabytes(bytes: number | undefined): string {
  const mb = (bytes ?? 0) / (1024 * 1024);
  return mb >= 1 && Number.isInteger(mb) ? String(mb) : mb.toFixed(2);
}

/** Builds a RefreshError with its bilingual message. */
export function refreshError(code: RefreshErrorCode, detail: string, params: ErrorParams = {}): RefreshError {
  const error: RefreshError = { code, message: errorMessage(code, params), detail };
  if (params.status !== undefined) error.status = params.status;
  if (params.problems !== undefined) error.problems = params.problems;
  if (params.trust !== undefined) error.trust = params.trust;
  return error;
}

/** A RefreshFailure to throw inside the data layer. */
export function fail(code: RefreshErrorCode, detail: string, params: ErrorParams = {}): RefreshFailure {
  return new RefreshFailure(refreshError(code, detail, params));
}

/** After a successful refresh: the change summary, as the pane shows it. */
export function updatedMessage(summary: UserMessage): UserMessage {
  return { en: `Data updated. ${summary.en}`, zh: `数据已更新。${summary.zh}` };
}

/** After a refresh that found the loaded version again. */
export function unchangedMessage(version: DatasetVersion): UserMessage {
  return {
    en: `The data is up to date (version ${version.version}, as of ${version.asOf}).`,
    zh: `数据已是最新（版本 ${version.version}，截至 ${version.asOf}）。`,
  };
}

/** The question asked before loading an older dataset. */
export function olderMessage(offered: DatasetVersion, loaded: DatasetVersion): UserMessage {
  return {
    en: `The published dataset (version ${offered.version}, as of ${offered.asOf}) is older than the loaded one (version ${loaded.version}, as of ${loaded.asOf}). Load the older data anyway?`,
    zh: `发布的数据集（版本 ${offered.version}，截至 ${offered.asOf}）比当前加载的数据集（版本 ${loaded.version}，截至 ${loaded.asOf}）更旧。仍要加载旧数据吗？`,
  };
}

/** At start-up: the saved dataset was loaded. */
export function restoredMessage(version: DatasetVersion, refreshedAt: string | undefined): UserMessage {
  const when = refreshedAt ? { en: `, downloaded ${refreshedAt}`, zh: `，下载于 ${refreshedAt}` } : { en: "", zh: "" };
  return {
    en: `Loaded the saved dataset (version ${version.version}, as of ${version.asOf}${when.en}).`,
    zh: `已加载保存的数据集（版本 ${version.version}，截至 ${version.asOf}${when.zh}）。`,
  };
}

/** At start-up: the saved dataset is older than the one built into the add-in. */
export function bundledNewerMessage(stored: DatasetVersion, bundled: DatasetVersion): UserMessage {
  return {
    en: `The saved dataset (version ${stored.version}) is older than the one built into the add-in (version ${bundled.version}), so the built-in one is used.`,
    zh: `保存的数据集（版本 ${stored.version}）比加载项内置的数据集（版本 ${bundled.version}）更旧，因此使用内置数据集。`,
  };
}

/** At start-up: the saved dataset could not be used. */
export function fellBackMessage(bundled: DatasetVersion): UserMessage {
  return {
    en: `The saved copy of the data could not be used (it is unreadable, damaged or invalid), so the dataset built into the add-in (version ${bundled.version}, as of ${bundled.asOf}) is loaded instead. Refresh to get the latest data.`,
    zh: `保存的数据副本无法使用（无法读取、已损坏或无效），因此改为加载加载项内置的数据集（版本 ${bundled.version}，截至 ${bundled.asOf}）。请刷新以获取最新数据。`,
  };
}
