// Finds web links in plain text. Only http(s) links (and bare www. ones) are ever made
// clickable; anything else, javascript: included, stays text. A link shows the host it
// really opens: IDN hosts as punycode (a Cyrillic "а" in "аpple.com" cannot pass for
// Latin), no "user@" part, and no bidi controls anywhere in the text.
import { withoutBidiControls } from "./bidi";

const LINK_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
// Punctuation that ends a sentence rather than a link.
const TRAILING = /[.,;:!?)\]}]+$/;
const SCHEME = /^https?:\/\//i;
// Where the host part of a typed link ends (WHATWG URLs read "\" as "/" in http(s)).
const AUTHORITY_END = /[/?#\\]/;

export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

function parseLink(raw: string): URL | null {
  const candidate = raw.toLowerCase().startsWith("www.") ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // "https://city.gov@evil.test" opens evil.test: never carry the disguise along.
    url.username = "";
    url.password = "";
    return url;
  } catch {
    return null;
  }
}

/** The link as typed, with its host part replaced by the ASCII host the browser will open. */
function displayedLink(typed: string, url: URL): string {
  const scheme = SCHEME.exec(typed)?.[0] ?? "";
  const afterScheme = typed.slice(scheme.length);
  const end = afterScheme.search(AUTHORITY_END);
  return `${scheme}${url.host}${end < 0 ? "" : afterScheme.slice(end)}`;
}

/** Splits text into plain parts and safe links, in order, without bidi controls. */
export function splitLinks(text: string): TextPart[] {
  const clean = withoutBidiControls(text);
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of clean.matchAll(LINK_PATTERN)) {
    const start = match.index;
    const linkText = match[0].replace(TRAILING, "");
    const url = parseLink(linkText);
    if (!url) continue;
    if (start > last) parts.push({ kind: "text", text: clean.slice(last, start) });
    parts.push({ kind: "link", text: displayedLink(linkText, url), href: url.toString() });
    last = start + linkText.length;
  }
  if (last < clean.length) parts.push({ kind: "text", text: clean.slice(last) });
  return parts;
}

export function countLinks(text: string): number {
  return splitLinks(text).filter((part) => part.kind === "link").length;
}
