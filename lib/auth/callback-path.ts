// Where sign-in may send a person afterwards: a path on this site, nothing else.
// Browsers forgive a lot in a Location header (they drop tabs and newlines, read "\"
// as "/", and "/\t/evil.example" as "//evil.example"), so anything a browser could
// read as another origin is refused rather than repaired.

const THIS_SITE = "http://this-site.invalid";
// Control characters (tab, CR, LF, NUL, …), backslashes, and whitespace of any kind.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
const UNSAFE = /[\u0000-\u0020\u007f-\u009f\\\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/;

function decodedOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function looksLocal(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !UNSAFE.test(value);
}

/** The same-origin path in `value` (path, query and fragment), or `fallback`. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/admin"): string {
  if (!value || value.length > 2000) return fallback;
  const decoded = decodedOnce(value);
  if (decoded === null || !looksLocal(value) || !looksLocal(decoded)) return fallback;
  const url = new URL(value, THIS_SITE);
  if (url.origin !== THIS_SITE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return looksLocal(path) ? path : fallback;
}

/** For next-auth's redirect callback: an absolute URL on `baseUrl`, or a path on it. */
export function safeRedirectUrl(url: string, baseUrl: string, fallback = "/admin"): string {
  const base = baseUrl.replace(/\/+$/, "");
  const candidate = url.startsWith(`${base}/`) ? url.slice(base.length) : url;
  return `${base}${safeCallbackPath(candidate, fallback)}`;
}
