import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>We could not find that page. The event may have been removed, or the link may be mistyped.</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/">See upcoming events</Link>
        </li>
        <li>
          <Link href="/departments">Browse departments</Link>
        </li>
      </ul>
    </div>
  );
}
