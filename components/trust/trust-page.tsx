import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { getOperatorDetails } from "@/lib/site-settings/queries";

type Channel = "contact" | "accessibility";

/**
 * The operators' name and address, as site admins set them (/admin/site), else as the
 * environment says (SITE_OPERATOR, SITE_CONTACT_EMAIL). Part of the cached page, in its
 * HTML: a streamed part would stay hidden from browsers without JavaScript. `channel`:
 * the accessibility page names the accessibility contact.
 */
export async function OperatorContact({
  locale,
  channel = "contact",
}: {
  locale: Locale;
  channel?: Channel;
}) {
  const t = await getTranslations({ locale, namespace: "Trust" });
  const site = await getTranslations({ locale, namespace: "AdminSite" });
  const details = await getOperatorDetails();
  const operator = details.operator ?? site("defaultOperator");
  const email = channel === "accessibility" ? details.accessibilityEmail : details.contactEmail;
  if (!email) return <p>{t("noContactEmail", { operator })}</p>;
  return (
    <p>
      {t.rich("contactEmail", {
        operator,
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
