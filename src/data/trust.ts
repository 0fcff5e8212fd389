/**
 * What a refresh and a restore must prove before a dataset is used (PRODUCT.md §12): the data
 * team's signature over the exact bytes (signature.ts), real dates that are not in the future
 * (version.ts), and no rollback: never below the highest version this add-in has loaded, never
 * the same version with other content. The highest version seen is kept in storage beside the
 * saved copy, with the content hash it had.
 */
import * as z from "zod/mini";
import { downloadDatasetText, type DownloadOptions } from "./fetch-dataset";
import { fail } from "./messages";
import { parseJsonSafely } from "./parse-dataset";
import { RefreshFailure } from "./refresh-error";
import { MAX_SIGNATURE_BYTES, signatureUrlFor } from "./signature";
import type { KeyValueStorage } from "./storage";
import { compareVersions, type DatasetVersion } from "./version";

/** The storage key of the highest version loaded. */
export const HIGHEST_SEEN_KEY = "ai-policy-atlas/highest-seen";

/** A version that was loaded, and the SHA-256 of the bytes it came as. */
export interface SeenVersion extends DatasetVersion {
  sha256: string;
}

const Seen = z.strictObject({
  version: z.string().check(z.maxLength(40)),
  asOf: z.string().check(z.maxLength(10)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/**
 * Downloads the signature file published beside a dataset. None there (404/410) is `undefined`:
 * the caller refuses the dataset as unsigned. Other faults stop the refresh as usual.
 */
export async function downloadSignature(datasetUrl: string, options: DownloadOptions): Promise<string | undefined> {
  try {
    const downloaded = await downloadDatasetText(signatureUrlFor(datasetUrl), {
      ...options,
      maxBytes: MAX_SIGNATURE_BYTES,
      onBytes: undefined,
    });
    return downloaded.text;
  } catch (thrown) {
    if (thrown instanceof RefreshFailure && thrown.error.code === "http" && (thrown.error.status === 404 || thrown.error.status === 410))
      return undefined;
    if (thrown instanceof RefreshFailure && thrown.error.code === "too-large")
      throw fail("untrusted", "the signature file is too large", { trust: "bad-signature" });
    throw thrown;
  }
}

/** The highest version loaded so far, or undefined (none kept, or unreadable: then only the loaded data counts). */
export async function readHighestSeen(storage: KeyValueStorage | undefined): Promise<SeenVersion | undefined> {
  if (!storage) return undefined;
  try {
    const raw = await storage.getItem(HIGHEST_SEEN_KEY);
    if (raw === null || raw.length > 1000) return undefined;
    const parsed = Seen.safeParse(parseJsonSafely(raw).value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Notes a loaded version when it is the highest so far. A store that refuses is not fatal: the loaded data still guards. */
export async function noteSeen(storage: KeyValueStorage | undefined, seen: SeenVersion): Promise<void> {
  if (!storage) return;
  const highest = await readHighestSeen(storage);
  if (highest && compareVersions(seen, highest) <= 0) return;
  try {
    await storage.setItem(HIGHEST_SEEN_KEY, JSON.stringify({ version: seen.version, asOf: seen.asOf, sha256: seen.sha256 }));
  } catch {
    // Storage full or unavailable: the rollback rule then rests on the loaded data alone.
  }
}

/**
 * The rollback rule: refuses a version below the highest seen (unless the user confirmed loading
 * older data, PRODUCT.md §5; below the loaded one, the refresh asks that question first), and the
 * highest seen again with other bytes. Throws a RefreshFailure ("untrusted").
 */
export function refuseRollback(
  offered: SeenVersion,
  highest: SeenVersion | undefined,
  context: { allowOlder: boolean; loaded: DatasetVersion },
): void {
  if (!highest) return;
  const order = compareVersions(offered, highest);
  const asked = context.allowOlder || compareVersions(offered, context.loaded) < 0;
  if (order < 0 && !asked)
    throw fail("untrusted", `version ${offered.version} is below ${highest.version}, the highest loaded`, { trust: "below-highest-seen" });
  if (order === 0 && offered.sha256 !== highest.sha256)
    throw fail(
      "untrusted",
      `version ${offered.version} was loaded before with SHA-256 ${highest.sha256.slice(0, 12)}…, now ${offered.sha256.slice(0, 12)}…`,
      {
        trust: "same-version-different-content",
      },
    );
}
