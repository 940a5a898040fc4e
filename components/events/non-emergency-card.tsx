import { getTranslations } from "next-intl/server";
import type { EventDetail } from "@/lib/events/select";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/routing";

type Props = {
  hosts: EventDetail["hosts"];
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read (English when not given). */
  locale?: Locale;
};

/** The hosts' non-emergency numbers, and the reminder that emergencies go to 911. */
export async function NonEmergencyCard({ hosts, locale: given }: Props) {
  const locale = given ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "EventParts" });
  const withPhone = hosts.filter((h) => h.department.phone);
  return (
    <aside
      aria-labelledby="not-an-emergency"
      className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="not-an-emergency" className="text-lg font-bold">
        {t("notEmergency")}
      </h2>
      {withPhone.length > 0 && (
        <ul className="mt-1 space-y-1">
          {withPhone.map(({ department }) => (
            <li key={department.slug}>
              {t("nonEmergencyLine", { name: department.name })}{" "}
              <a href={`tel:${department.phone!.replace(/[^\d+]/g, "")}`} className="font-semibold">
                {department.phone}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 font-bold">
        {t.rich("emergency", { tel: (chunks) => <a href="tel:911">{chunks}</a> })}
      </p>
    </aside>
  );
}
