import { embedSnippet } from "@/lib/feeds/embed-html";

/** For department staff: the one-paste widget for their own website. */
export function EmbedSnippet({ slug }: { slug: string }) {
  return (
    <details className="rounded-lg border border-slate-200 p-4">
      <summary className="cursor-pointer font-semibold">
        Put these events on your department&apos;s website
      </summary>
      <p className="mt-2">
        Paste this code into your website. It shows your next events and updates by itself (
        <a href={`/embed/departments/${slug}`}>preview</a>; add <code>?theme=dark</code> or{" "}
        <code>?theme=light</code> to the address to choose colors).
      </p>
      <label htmlFor="embed-snippet" className="mt-2 block font-semibold">
        Widget code
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
