/**
 * What the pane says when a dataset is refused as untrusted (PRODUCT.md §12), in English and
 * Simplified Chinese: why it cannot be shown to come from the data team, or why it would roll the
 * data back. The loaded data stays (messages.ts adds that sentence).
 */
import type { UserMessage } from "./refresh-error";

/** Why a dataset is not trusted. */
export type TrustProblem =
  | "unsigned"
  | "unknown-key"
  | "bad-signature"
  | "other-dataset"
  | "expired"
  | "below-highest-seen"
  | "same-version-different-content"
  | "unsupported";

/** The message for a trust problem. */
export function trustMessage(problem: TrustProblem | undefined): UserMessage {
  switch (problem) {
    case "unsigned":
      return {
        en: "The published dataset has no signature from the data team, so it was not loaded.",
        zh: "发布的数据集没有数据团队的签名，因此未加载。",
      };
    case "unknown-key":
      return {
        en: "The published dataset is signed with a key this add-in does not trust, so it was not loaded.",
        zh: "发布的数据集使用本加载项不信任的密钥签名，因此未加载。",
      };
    case "other-dataset":
      return {
        en: "The published dataset does not match its signature: it was changed after the data team signed it, so it was not loaded.",
        zh: "发布的数据集与其签名不符：数据团队签名后内容已被更改，因此未加载。",
      };
    case "bad-signature":
      return {
        en: "The published dataset's signature is not valid, so it was not loaded.",
        zh: "发布的数据集签名无效，因此未加载。",
      };
    case "expired":
      return {
        en: "The data team's signature on the published dataset has expired, so it was not loaded. Ask the data team to publish a current version.",
        zh: "数据团队对发布数据集的签名已过期，因此未加载。请数据团队发布最新版本。",
      };
    case "below-highest-seen":
      return {
        en: "The published dataset is older than a version this add-in has already loaded, so it was refused (data is never rolled back silently).",
        zh: "发布的数据集比本加载项已加载过的版本更旧，因此被拒绝（数据不会被悄悄回退）。",
      };
    case "same-version-different-content":
      return {
        en: "The published dataset has the same version as one already loaded but different content, so it was refused. A changed dataset needs a new version.",
        zh: "发布的数据集与已加载的某个版本版本号相同但内容不同，因此被拒绝。数据集有改动时必须使用新版本号。",
      };
    default:
      return {
        en: "This page cannot check the data team's signature (Web Crypto is missing), so the published dataset was not loaded.",
        zh: "此页面无法验证数据团队的签名（缺少 Web Crypto），因此未加载发布的数据集。",
      };
  }
}
