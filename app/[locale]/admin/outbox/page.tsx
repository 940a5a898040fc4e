import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { guardPage } from "@/lib/auth/page-guards";
import { listOutbox } from "@/lib/mail/outbox";
import { formatUtcMoment } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.outbox");
  return { title: t("title") };
}

export default async function OutboxPage() {
  const emails = await guardPage("/admin/outbox", (user) => listOutbox(user));
  const t = await getTranslations("Admin.outbox");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {emails.length === 0 && <p>{t("empty")}</p>}
      {emails.map((email) => (
        <article
          key={email.id}
          className="rounded-lg border-2 border-slate-300 p-4"
          aria-label={email.subject}
        >
          <h2 className="text-lg font-bold">{email.subject}</h2>
          <p className="text-sm text-slate-700">
            {t("to", { to: email.to })}
            {" · "}
            <time dateTime={email.createdAt.toISOString()}>{formatUtcMoment(email.createdAt, locale)}</time>
          </p>
          <OutboxHeaders headers={email.headers} label={t("headers")} />
          <pre className="mt-2 whitespace-pre-wrap font-sans">{email.text}</pre>
        </article>
      ))}
    </div>
  );
}

/** An email's extra headers (List-Unsubscribe…), as they would go out. */
function OutboxHeaders({ headers, label }: { headers: unknown; label: string }) {
  if (!headers || typeof headers !== "object") return null;
  const entries = Object.entries(headers as Record<string, unknown>).filter(
    ([, value]) => typeof value === "string",
  );
  if (entries.length === 0) return null;
  return (
    <dl aria-label={label} className="mt-2 break-all font-mono text-sm">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt className="inline font-semibold">{name}: </dt>
          <dd className="inline">{String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
