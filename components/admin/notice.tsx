// The one-line confirmation after a redirect (?notice=…), announced to screen readers.
import { getTranslations } from "next-intl/server";

/** The ?notice= codes actions redirect with, and their words in the AdminNotice catalog. */
const NOTICES = {
  saved: "saved",
  published: "published",
  unpublished: "unpublished",
  cancelled: "cancelled",
  deleted: "deleted",
  created: "created",
  invited: "invited",
  "invited-outbox": "invitedOutbox",
  updated: "saved",
  "cohost-accepted": "cohostAccepted",
  "cohost-declined": "cohostDeclined",
  "recap-published": "recapPublished",
  "follow-up-added": "followUpAdded",
  "follow-up-done": "followUpDone",
  "logo-saved": "logoSaved",
  "logo-removed": "logoRemoved",
  "proposal-accepted": "proposalAccepted",
  "proposal-declined": "proposalDeclined",
} as const;

export async function Notice({ code }: { code: string | undefined }) {
  const key = code && Object.hasOwn(NOTICES, code) ? NOTICES[code as keyof typeof NOTICES] : undefined;
  if (!key) return null;
  const t = await getTranslations("AdminNotice");
  return (
    <p
      role="status"
      className="mb-4 rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900"
    >
      {t(key)}
    </p>
  );
}
