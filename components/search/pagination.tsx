type Props = { page: number; pageCount: number; href: (page: number) => string };

/** Previous/next links with stable URLs (?page=n), and where the reader is. */
export function Pagination({ page, pageCount, href }: Props) {
  if (pageCount <= 1) return null;
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
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          Next page →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
