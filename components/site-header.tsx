import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:text-brand-100">
          <span aria-hidden="true">☕ </span>Coffee with a Cop
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            <li>
              <Link href="/" className="text-white hover:text-brand-100">
                Upcoming events
              </Link>
            </li>
            <li>
              <Link href="/events" className="text-white hover:text-brand-100">
                Find events near you
              </Link>
            </li>
            <li>
              <Link href="/departments" className="text-white hover:text-brand-100">
                Departments
              </Link>
            </li>
            <li>
              {/* Static, so public pages never read the session: /admin sends visitors to sign in, and signed-in staff to their dashboard.
                  Not prefetched: /admin is rendered per person, and every public page view would ask for it. */}
              <Link href="/admin" prefetch={false} className="text-white hover:text-brand-100">
                For staff
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
