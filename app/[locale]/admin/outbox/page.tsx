import { guardPage } from "@/lib/auth/page-guards";
import { listOutbox } from "@/lib/mail/outbox";
import { formatUtcMoment } from "@/lib/time/format";

export const metadata = { title: "Outbox" };

export default async function OutboxPage() {
  const emails = await guardPage("/admin/outbox", (user) => listOutbox(user));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Outbox</h1>
      <p className="text-slate-700">
        No SMTP server is configured (SMTP_URL), so emails are kept here instead of being sent. Newest first.
      </p>
      {emails.length === 0 && <p>No emails yet.</p>}
      {emails.map((email) => (
        <article
          key={email.id}
          className="rounded-lg border-2 border-slate-300 p-4"
          aria-label={email.subject}
        >
          <h2 className="text-lg font-bold">{email.subject}</h2>
          <p className="text-sm text-slate-700">
            To {email.to} ·{" "}
            <time dateTime={email.createdAt.toISOString()}>{formatUtcMoment(email.createdAt)}</time>
          </p>
          <pre className="mt-2 whitespace-pre-wrap font-sans">{email.text}</pre>
        </article>
      ))}
    </div>
  );
}
