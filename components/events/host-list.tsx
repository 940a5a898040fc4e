import { Fragment } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";

type Host = { department: { slug: string; name: string } };

type Props = {
  hosts: Host[];
  /** Without "Hosted by" in front (where a heading already says it). */
  bare?: boolean;
  /** The page's language, given where this renders inside a cached scope. */
  locale?: Locale;
};

/** "Hosted by A, B and C" ("Organizado por A, B y C"), each a link to its department. */
export async function HostList({ hosts, bare = false, locale: given }: Props) {
  if (hosts.length === 0) return null;
  const locale = given ?? ((await getLocale()) as Locale);
  const t = await getTranslations({ locale, namespace: "Event" });
  const separator = (index: number) =>
    index === 0 ? null : index === hosts.length - 1 ? t("hostsLastSeparator") : t("hostsSeparator");
  const links = hosts.map((host, index) => (
    <Fragment key={host.department.slug}>
      {separator(index)}
      <Link href={`/departments/${host.department.slug}`} locale={locale}>
        {host.department.name}
      </Link>
    </Fragment>
  ));
  return <span>{bare ? links : t.rich("hostedBy", { hosts: () => links })}</span>;
}
