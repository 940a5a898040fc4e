// Finds web links in plain text. Only http(s) links (and bare www. ones) are ever made
// clickable; anything else, javascript: included, stays text.
const LINK_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
// Punctuation that ends a sentence rather than a link.
const TRAILING = /[.,;:!?)\]}]+$/;

export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

function safeHref(raw: string): string | null {
  const candidate = raw.toLowerCase().startsWith("www.") ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Splits text into plain parts and safe links, in order. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK_PATTERN)) {
    const start = match.index;
    const linkText = match[0].replace(TRAILING, "");
    const href = safeHref(linkText);
    if (!href) continue;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "link", text: linkText, href });
    last = start + linkText.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

export function countLinks(text: string): number {
  return splitLinks(text).filter((part) => part.kind === "link").length;
}
