// What the bad-input property throws at the site, and what it checks in each answer.
import fc from "fast-check";
import type { APIResponse } from "@playwright/test";
import { SEARCH_PARAM_NAMES } from "../../lib/events/search-param-names";

/** Signs that an answer shows the site's insides instead of a page or a message. */
export const INTERNALS: [string, RegExp][] = [
  ["a stack frame", /\n\s+at \S.*:\d+:\d+/],
  ["an error's name", /\b(?:Type|Range|Reference|Syntax|URI|Prisma\w*|DriverAdapter)?Error: /],
  ["Prisma", /Prisma|prisma\.\w+\(|Invalid `/],
  ["a PostgreSQL message", /invalid byte sequence|field value out of range|violates \w+ constraint/],
  ["a file path", /\/(?:work|home|root|usr|tmp|var)\/\w|node_modules|\.next\/server/],
];

export type Finding = { request: string; status: number; problem: string };

/** Why an answer is wrong (a 5xx, or internals in the body), or null when it is fine. */
export async function problemWith(response: APIResponse): Promise<string | null> {
  if (response.status() >= 500) return `status ${response.status()}`;
  const body = await response.text();
  const shown = INTERNALS.find(([, pattern]) => pattern.test(body));
  return shown ? `shows ${shown[0]}: ${shown[1].exec(body)?.[0]}` : null;
}

// Escapes a browser or a crawler may send that are not valid UTF-8 or not escapes at all.
const RAW_ESCAPES = ["%ff", "%", "%zz", "%ED%A0%80", "%C0%80", "%00", "%E2%80%AE", "%0A", "%25"];

/** Any text, valid UTF-8 percent-encoded: an encoder cannot write a lone surrogate. */
const encode = (text: string) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));

const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  );

const tricky = fc.constantFrom(
  "2026-02-31",
  "2026-13-01",
  "0000-01-01",
  "1e400",
  "-0",
  "NaN",
  "Infinity",
  "\u0000",
  "a\u0000b",
  "\u202Eevil",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "x".repeat(2000),
);

const text = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), dateLike, tricky);

/** One query value: any text encoded, or a raw (possibly broken) escape. */
const queryValue = fc.oneof(
  { weight: 4, arbitrary: text.map(encode) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...RAW_ESCAPES), fc.string({ maxLength: 5 }))
      .map(([a, b]) => a + encode(b)),
  },
);

const SEARCH_NAMES = [...SEARCH_PARAM_NAMES, "feed", "theme"];

/** A query string of search parameters (known names, the odd repeat or unknown one), "?" included. */
export const queryString = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...SEARCH_NAMES) },
        { weight: 1, arbitrary: text.map(encode) },
      ),
      queryValue,
    ),
    { maxLength: 6 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([name, value]) => `${name}=${value}`).join("&")}` : ""));

/**
 * A path segment where a slug goes: real slugs, mangled ones, and any text encoded.
 * Escapes that do not decode to UTF-8 are left to their own test: Next.js answers
 * them with a 500 before the site's code runs (see bad-input.spec.ts).
 */
export function slugSegment(realSlugs: string[]) {
  return fc.oneof(
    fc.constantFrom(...realSlugs),
    fc
      .constantFrom(...realSlugs)
      .chain((slug) =>
        fc.constantFrom(
          slug.toUpperCase(),
          `${slug}%00`,
          `${slug}%20`,
          `${slug}-`,
          `${slug}%E2%80%AE`,
          `${slug}.`,
        ),
      ),
    fc.constantFrom(
      "%00",
      "%2e%2e",
      "a%2fb",
      "%20",
      "-",
      "x".repeat(300),
      "%E2%80%AE",
      "%C3%A9",
      "null",
      "undefined",
    ),
    fc.string({ unit: "binary", minLength: 1, maxLength: 30 }).map(encode),
  );
}

/** Form fields as a resident, a bot or an attacker may send them. */
export const formText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 2, arbitrary: tricky },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.integer({ min: 2001, max: 200_000 }).map((n) => "é".repeat(n)) },
);
