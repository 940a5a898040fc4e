// A department's logo at one of its fixed sizes; width and height keep the page from
// shifting while it loads. Nothing is shown for a department without a logo.
import { getTranslations } from "next-intl/server";
import { givenOrPageLocale } from "@/lib/i18n/given-locale";
import { logoUrl, type LogoDisplaySize } from "@/lib/departments/limits";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  department: { name: string; logoHash: string | null };
  size: LogoDisplaySize;
  className?: string;
  /** Given inside a 'use cache' scope, where the page's language cannot be read. */
  locale?: Locale;
};

export async function DepartmentLogo({ department, size, className = "", locale: given }: Props) {
  if (!department.logoHash) return null;
  const locale = await givenOrPageLocale(given);
  const t = await getTranslations({ locale, namespace: "Departments" });
  return (
    // A plain <img>: the stored renditions are already sized and cached for a year.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={logoUrl(department.logoHash, size)}
      width={size}
      height={size}
      alt={t("logoAlt", { name: department.name })}
      className={`shrink-0 ${className}`}
    />
  );
}
