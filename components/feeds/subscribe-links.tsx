/** Calendar and feed links for the current search (or a department), so it can be followed. */
export function SubscribeLinks({
  query,
  icsPath = "/events.ics",
  feedPath = "/feed.xml",
  label,
}: {
  query: string;
  icsPath?: string;
  feedPath?: string;
  label: string;
}) {
  return (
    <section aria-label={label} className="rounded-lg border border-slate-200 p-4">
      <h2 className="font-bold">{label}</h2>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <a href={`${icsPath}${query}`}>Subscribe in your calendar (.ics)</a>
        </li>
        <li>
          <a href={`${feedPath}${query}`}>RSS feed</a>
        </li>
        <li>
          <a href={`${feedPath}${query ? `${query}&` : "?"}feed=atom`}>Atom feed</a>
        </li>
      </ul>
    </section>
  );
}
