import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/">{t("upcoming")}</Link>
        </li>
        <li>
          <Link href="/departments">{t("departments")}</Link>
        </li>
      </ul>
    </div>
  );
}
