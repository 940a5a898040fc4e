import { Suspense, type ReactNode } from "react";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";

/** The operators' address, as the running site is configured (not as the build saw it). */
export function OperatorContact({ locale }: { locale: Locale }) {
  return (
    <Suspense fallback={null}>
      <ConfiguredContact locale={locale} />
    </Suspense>
  );
}

async function ConfiguredContact({ locale }: { locale: Locale }) {
  await connection();
  const t = await getTranslations({ locale, namespace: "Trust" });
  const email = env().SITE_CONTACT_EMAIL;
  if (!email) return <p>{t("noContactEmail", { operator: env().SITE_OPERATOR })}</p>;
  return (
    <p>
      {t.rich("contactEmail", {
        operator: env().SITE_OPERATOR,
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
