// When a recap may be written: after the event was held. No "server-only": pages and
// write functions ask the same question.
import { messageKey } from "@/lib/actions/message-key";

/** The event is over (whether it was held or cancelled). */
export function hasEnded(event: { endsAt: Date }, now = new Date()): boolean {
  return event.endsAt.getTime() <= now.getTime();
}

/** The event was held (published, not cancelled or a draft) and has ended. */
export function recapIsDue(event: { status: string; endsAt: Date }, now = new Date()): boolean {
  return event.status === "PUBLISHED" && hasEnded(event, now);
}

export const NOT_DUE_MESSAGE = messageKey("AdminRecaps.error.notDue");
