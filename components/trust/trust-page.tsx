import { Suspense, type ReactNode } from "react";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { getOperatorDetails } from "@/lib/site-settings/queries";

type Channel = "contact" | "accessibility";

/**
 * The operators' name and address, as site admins set them (/admin/site), else as the
 * running site is configured (not as the build saw it). `channel`: the accessibility
 * page names the accessibility contact.
 */
export function OperatorContact({ locale, channel = "contact" }: { locale: Locale; channel?: Channel }) {
  return (
    <Suspense fallback={null}>
      <ConfiguredContact locale={locale} channel={channel} />
    </Suspense>
  );
}

async function ConfiguredContact({ locale, channel }: { locale: Locale; channel: Channel }) {
  await connection();
  const t = await getTranslations({ locale, namespace: "Trust" });
  const details = await getOperatorDetails();
  const email = channel === "accessibility" ? details.accessibilityEmail : details.contactEmail;
  if (!email) return <p>{t("noContactEmail", { operator: details.operator })}</p>;
  return (
    <p>
      {t.rich("contactEmail", {
        operator: details.operator,
        email: () => <a href={`mailto:${email}`}>{email}</a>,
      })}
    </p>
  );
}

/** A trust page's frame: its title and its sections, each a heading and paragraphs. */
export function TrustPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      {children}
    </article>
  );
}

export function TrustSection({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-xl font-bold">{heading}</h2>
      {children}
    </section>
  );
}
