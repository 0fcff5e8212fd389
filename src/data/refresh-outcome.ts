/**
 * The version rule of a refresh, and what the pane then says: an older dataset needs the user's
 * confirmation, the same one leaves the data as it is, anything else is loaded with its change
 * summary. Pure, so `npm run data -- diff` shows the data team the very message users will see.
 */
import type { DatasetChanges } from "./diff";
import { olderMessage, unchangedMessage, updatedMessage } from "./messages";
import type { UserMessage } from "./refresh-error";
import { compareVersions } from "./version";

/** What a refresh from `changes.from` to `changes.to` does, and its message. */
export function refreshOutcome(changes: DatasetChanges): {
  status: "older-needs-confirmation" | "unchanged" | "updated";
  message: UserMessage;
} {
  const order = compareVersions(changes.to, changes.from);
  if (order < 0) return { status: "older-needs-confirmation", message: olderMessage(changes.to, changes.from) };
  if (order === 0 && changes.identical) return { status: "unchanged", message: unchangedMessage(changes.from) };
  return { status: "updated", message: updatedMessage(changes.summary) };
}
