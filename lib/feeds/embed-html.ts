// The embeddable widget: a small, script-free HTML page of a department's upcoming
// events, for an <iframe> on the department's own website.
import type { EventDetail } from "@/lib/events/select";
import { textFor } from "@/lib/i18n/content";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { formatShortDate, formatTimeRange } from "@/lib/time/format";
import { eventUrl, feedText } from "./event-text";
import { absoluteUrl } from "./site-url";
import { logoUrl } from "@/lib/departments/limits";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

export type EmbedTheme = "light" | "dark" | "auto";

const COLORS = {
  light: "--bg:#fff;--fg:#0f172a;--muted:#334155;--link:#1d4f7c;--line:#cbd5e1;--alert:#b91c1c",
  dark: "--bg:#0f172a;--fg:#f1f5f9;--muted:#cbd5e1;--link:#93c5fd;--line:#334155;--alert:#fca5a5",
};

function styles(theme: EmbedTheme): string {
  const base = `:root{${COLORS[theme === "dark" ? "dark" : "light"]}}`;
  const auto = theme === "auto" ? `@media (prefers-color-scheme:dark){:root{${COLORS.dark}}}` : "";
  return `${base}${auto}body{margin:0;padding:12px;font:16px/1.4 system-ui,sans-serif;background:var(--bg);color:var(--fg)}
h1{font-size:18px;margin:0}header{display:flex;align-items:center;gap:12px;margin:0 0 8px}ul{list-style:none;margin:0;padding:0}li{padding:8px 0;border-top:1px solid var(--line)}
a{color:var(--link)}.when,.where{color:var(--muted);font-size:14px;display:block}.cancelled{font-weight:700;color:var(--alert)}
a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}`;
}

/** The department's logo beside the heading, when it has one (fixed size: no shift while it loads). */
function logoImg(department: { name: string; logoHash: string | null }): string {
  if (!department.logoHash) return "";
  // Relative: the frame's document is this site's, so the image is 'self' in its policy.
  const src = escapeHtml(logoUrl(department.logoHash, 64));
  return `<img src="${src}" width="64" height="64" alt="${escapeHtml(department.name)} logo">`;
}

/** The widget's page in `locale` (/es/embed/… for Spanish readers): titles staff gave in Spanish, marked English otherwise. */
export function embedHtml(
  department: { name: string; slug: string; logoHash: string | null },
  events: EventDetail[],
  theme: EmbedTheme,
  locale: Locale = "en",
): string {
  const t = feedText(locale);
  const items = events.map((e) => {
    const cancelled =
      e.status === "CANCELLED" ? `<span class="cancelled">${escapeHtml(t("widget.cancelled"))} </span>` : "";
    const title = textFor(locale, e.title, e.titleEs);
    const lang = title.lang ? ` lang="${title.lang}"` : "";
    return `<li>${cancelled}<a href="${escapeHtml(eventUrl(e.slug, locale))}" target="_blank" rel="noopener"${lang}>${escapeHtml(title.text)}</a>
<span class="when">${escapeHtml(`${formatShortDate(e.startsAt, e.timeZone, locale)}, ${formatTimeRange(e.startsAt, e.endsAt, e.timeZone, locale)}`)}</span>
<span class="where">${escapeHtml(`${e.venue.name}, ${e.venue.city}, ${e.venue.state}`)}</span></li>`;
  });
  const list = items.length ? `<ul>${items.join("")}</ul>` : `<p>${escapeHtml(t("widget.none"))}</p>`;
  const more = escapeHtml(absoluteUrl(localizedPath(locale, `/departments/${department.slug}`)));
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(t("widget.title", { name: department.name }))}</title><style>${styles(theme)}</style></head>
<body><main><header>${logoImg(department)}<h1>${escapeHtml(t("widget.heading"))}</h1></header>${list}
<p><a href="${more}" target="_blank" rel="noopener">${escapeHtml(t("widget.more", { name: department.name }))}</a></p></main></body></html>`;
}

/** The <iframe> a department pastes into its website, in `locale`. */
export function embedSnippet(slug: string, locale: Locale = "en"): string {
  const src = absoluteUrl(localizedPath(locale, `/embed/departments/${slug}`));
  return `<iframe src="${src}" title="${escapeHtml(feedText(locale)("widget.frameTitle"))}" width="100%" height="420" style="border:0" loading="lazy"></iframe>`;
}
