import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listDepartmentsByState } from "@/lib/departments/queries";
import { pageAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { OperatorContact, TrustPage, TrustSection } from "@/components/trust/trust-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Trust.contact");
  return { title: t("title"), alternates: await pageAlternates("/contact") };
}

/** How to reach the site's operators, and each department through its own channels. */
export default async function ContactPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Trust.contact" });
  const site = await getTranslations({ locale, namespace: "AdminSite" });
  const states = await listDepartmentsByState();
  // A department's own channels: its non-emergency line, its website, its contact page.
  const channelsOf = (department: (typeof states)[number]["departments"][number]) => [
    department.phone
      ? {
          key: "phone",
          node: (
            <>
              {t("phone")} <a href={`tel:${department.phone}`}>{department.phone}</a>
            </>
          ),
        }
      : null,
    department.website ? { key: "website", node: <a href={department.website}>{t("website")}</a> } : null,
    department.contactUrl
      ? { key: "contact", node: <a href={department.contactUrl}>{site("contactPageLink")}</a> }
      : null,
  ];
  return (
    <TrustPage title={t("title")}>
      <p className="rounded-lg border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
        {t("emergency")}
      </p>
      <TrustSection heading={t("siteHeading")}>
        <p>{t("site")}</p>
        <OperatorContact locale={locale} />
      </TrustSection>
      <TrustSection heading={t("departmentsHeading")}>
        <p>{t("departments")}</p>
        <ul className="space-y-3">
          {states.flatMap((group) =>
            group.departments.map((department) => (
              <li key={department.slug}>
                <Link href={`/departments/${department.slug}`} locale={locale} className="font-semibold">
                  {department.name}
                </Link>{" "}
                ({department.city}, {department.state})
                <br />
                {channelsOf(department)
                  .filter((channel) => channel !== null)
                  .map((channel, index) => (
                    <span key={channel.key}>
                      {index > 0 && " · "}
                      {channel.node}
                    </span>
                  ))}
              </li>
            )),
          )}
        </ul>
      </TrustSection>
    </TrustPage>
  );
}
