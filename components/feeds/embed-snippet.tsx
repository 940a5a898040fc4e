import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { embedSnippet } from "@/lib/feeds/embed-html";

/** For department staff: the one-paste widget for their own website. */
type Props = {
  slug: string;
  /** The page's language (given, since the page may render inside a 'use cache' scope). */
  locale: Locale;
};

export async function EmbedSnippet({ slug, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Feeds" });
  return (
    <details className="rounded-lg border border-slate-200 p-4">
      <summary className="cursor-pointer font-semibold">{t("embedSummary")}</summary>
      <p className="mt-2">
        {t.rich("embedIntro", {
          preview: (chunks) => <a href={`/embed/departments/${slug}`}>{chunks}</a>,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <label htmlFor="embed-snippet" className="mt-2 block font-semibold">
        {t("widgetCode")}
      </label>
      <textarea
        id="embed-snippet"
        readOnly
        rows={4}
        defaultValue={embedSnippet(slug)}
        className="mt-1 w-full rounded border border-slate-500 p-2 font-mono text-sm"
      />
    </details>
  );
}
