// The one-line confirmation after a redirect (?notice=…), announced to screen readers.
const NOTICES: Record<string, string> = {
  saved: "Saved.",
  published: "Published: residents can see it now.",
  unpublished: "Back to draft: residents no longer see it.",
  cancelled: "Cancelled: the event page and calendars now say so.",
  deleted: "The draft was deleted.",
  created: "Created.",
  invited: "Invitation sent.",
  "invited-outbox":
    "Invitation saved in the Outbox, not emailed: no email server is set up (SMTP_URL). Copy the link from the Outbox and send it yourself.",
  updated: "Saved.",
  "cohost-accepted": "Accepted: the event now shows as yours too, and your staff can edit it.",
  "cohost-declined": "Declined: the event will not show as yours.",
  "recap-published":
    "Recap published: it now leads the event's page. Add what the department will look into below.",
  "follow-up-added": "Follow-up added to the recap.",
  "follow-up-done":
    "Marked done. Residents who asked about it and left an email will get an email about it within a minute or so.",
  "logo-saved": "Logo saved: it shows on the department page, its events, flyers and widget.",
  "logo-removed": "Logo removed.",
};

export function Notice({ code }: { code: string | undefined }) {
  const message = code ? NOTICES[code] : undefined;
  if (!message) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900"
    >
      {message}
    </p>
  );
}
