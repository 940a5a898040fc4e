/** `pageCount` is null when the results were not counted (a search without filters). */
type Props = { page: number; pageCount: number | null; hasNext: boolean; href: (page: number) => string };

/** Previous/next links with stable URLs (?page=n), and where the reader is. */
export function Pagination({ page, pageCount, hasNext, href }: Props) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label="Pages of results" className="mt-6 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← Previous page
        </a>
      ) : (
        <span />
      )}
      <p>
        Page {page}
        {pageCount !== null && ` of ${pageCount}`}
      </p>
      {hasNext ? (
        <a href={href(page + 1)} rel="next">
          Next page →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
