import { getTranslations } from "next-intl/server";

/** `pageCount` is null when the results were not counted (a search without filters). */
type Props = { page: number; pageCount: number | null; hasNext: boolean; href: (page: number) => string };

/** Previous/next links with stable URLs (?page=n), and where the reader is. */
export async function Pagination({ page, pageCount, hasNext, href }: Props) {
  if (page === 1 && !hasNext) return null;
  const t = await getTranslations("Search");
  return (
    <nav aria-label={t("pages")} className="mt-6 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t("previousPage")}
        </a>
      ) : (
        <span />
      )}
      <p>{pageCount === null ? t("page", { page }) : t("pageOf", { page, count: pageCount })}</p>
      {hasNext ? (
        <a href={href(page + 1)} rel="next">
          {t("nextPage")}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
