// A department's logo at one of its fixed sizes; width and height keep the page from
// shifting while it loads. Nothing is shown for a department without a logo.
import { getTranslations } from "next-intl/server";
import { logoUrl, type LogoDisplaySize } from "@/lib/departments/limits";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/routing";

type Props = {
  department: { name: string; logoHash: string | null };
  size: LogoDisplaySize;
  className?: string;
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read (English when not given). */
  locale?: Locale;
};

export async function DepartmentLogo({ department, size, className = "", locale: given }: Props) {
  if (!department.logoHash) return null;
  const locale = given ?? DEFAULT_LOCALE;
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
