// The MDN HTTP Observatory's grade for one response, from its published scoring rules
// (developer.mozilla.org/en-US/observatory/docs/tests_and_scoring; mdn/mdn-http-observatory
// 1.6.3, August 2026, which also scores COOP and COEP). Start at 100, subtract every
// penalty; bonuses count only when the result is still 90 or more. Written from the
// rules, not the Observatory's code; the tests it cannot see (the HSTS preload list)
// count as absent.

export type ScannedResponse = {
  /** How the page is reached: "https" when a TLS proxy serves it, as in production. */
  scheme: "http" | "https";
  headers: Headers;
  /** Every Set-Cookie received on the way to this page (the scanner's cookie jar). */
  cookies: string[];
  html: string;
  /** Whether http:// for this host answers with a redirect to https:// on the same host. */
  redirectsHttpToHttps: boolean;
};

export type Modifier = { test: string; result: string; modifier: number };
export type Grade = { score: number; grade: string; modifiers: Modifier[]; bonusesCounted: boolean };

const GRADES: [number, string][] = [
  [100, "A+"],
  [90, "A"],
  [85, "A-"],
  [80, "B+"],
  [70, "B"],
  [65, "B-"],
  [60, "C+"],
  [50, "C"],
  [45, "C-"],
  [40, "D+"],
  [30, "D"],
  [25, "D-"],
  [0, "F"],
];

export function gradeResponse(response: ScannedResponse): Grade {
  const csp = parseCspHeader(response.headers.get("content-security-policy"));
  const hsts = hstsResult(response);
  const modifiers: Modifier[] = [
    cspResult(csp, response.scheme),
    cookiesResult(response.cookies, hsts.result === "max-age-at-least-six-months"),
    corsResult(response.headers),
    redirectionResult(response),
    referrerResult(response.headers.get("referrer-policy")),
    hsts,
    sriResult(response),
    result(
      "x-content-type-options",
      response.headers.get("x-content-type-options")?.trim().toLowerCase() === "nosniff"
        ? ["nosniff", 0]
        : ["not-implemented-or-invalid", -5],
    ),
    xFrameOptionsResult(response.headers.get("x-frame-options"), csp),
    tokenResult("cross-origin-resource-policy", response.headers.get("cross-origin-resource-policy"), {
      "same-origin": 10,
      "same-site": 10,
      "cross-origin": 0,
    }),
    tokenResult("cross-origin-opener-policy", response.headers.get("cross-origin-opener-policy"), {
      "same-origin": 10,
      "same-origin-allow-popups": 10,
      "noopener-allow-popups": 10,
      "unsafe-none": 0,
    }),
    tokenResult("cross-origin-embedder-policy", response.headers.get("cross-origin-embedder-policy"), {
      "require-corp": 10,
      credentialless: 10,
      "unsafe-none": 0,
    }),
  ];
  const uncurved = 100 + sum(modifiers.filter((m) => m.modifier < 0));
  const bonusesCounted = uncurved >= 90;
  const score = Math.max(0, bonusesCounted ? 100 + sum(modifiers) : uncurved);
  const grade = GRADES.find(([floor]) => Math.min(score, 100) >= floor)?.[1] ?? "F";
  return { score, grade, modifiers, bonusesCounted };
}

export function describeGrade(label: string, { score, grade, modifiers, bonusesCounted }: Grade): string {
  const lines = modifiers
    .filter((m) => m.modifier < 0 || (bonusesCounted && m.modifier > 0))
    .map((m) => `    ${m.modifier > 0 ? "+" : ""}${m.modifier} ${m.test}: ${m.result}`);
  const note = bonusesCounted ? "" : " (bonuses count only from 90)";
  return [`${label}: ${grade} (${score})${note}`, ...lines].join("\n");
}

const sum = (modifiers: Modifier[]) => modifiers.reduce((total, m) => total + m.modifier, 0);
const result = (test: string, [name, modifier]: [string, number]): Modifier => ({
  test,
  result: name,
  modifier,
});

// --- Content-Security-Policy -------------------------------------------------------

type Csp = Map<string, Set<string>> | "missing" | "invalid";
const BROAD = new Set(["ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"]);
const INLINE = new Set(["'unsafe-inline'", "data:"]);
const isNonceOrHash = (source: string) => /^'(nonce|sha256|sha384|sha512)-/.test(source);

function parseCspHeader(header: string | null): Csp {
  if (!header) return "missing";
  const policy = new Map<string, Set<string>>();
  // Several policies (a comma-joined header) must all allow a source: keep the first
  // policy's directives, which is what this site ever sends (one policy).
  const [first = ""] = header.split(",");
  for (const part of first.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const directive = name.toLowerCase();
    if (policy.has(directive)) return "invalid";
    const values = sources.map((s) => s.toLowerCase());
    policy.set(directive, new Set(values.length === 0 && directive.endsWith("-src") ? ["'none'"] : values));
  }
  return policy.size === 0 ? "invalid" : policy;
}

function cspResult(csp: Csp, scheme: "http" | "https"): Modifier {
  const test = "content-security-policy";
  if (csp === "missing") return result(test, ["not-implemented", -25]);
  if (csp === "invalid") return result(test, ["header-invalid", -25]);
  const fallback = (name: string) => new Set(csp.get(name) ?? csp.get("default-src") ?? ["*"]);
  const scripts = fallback("script-src");
  const styles = fallback("style-src");
  const objects = fallback("object-src");
  for (const sources of [scripts, styles])
    if ([...sources].some(isNonceOrHash)) sources.delete("'unsafe-inline'");
  if (scripts.has("'strict-dynamic'")) {
    // Browsers that know 'strict-dynamic' ignore 'self', hosts and schemes beside it.
    if (![...scripts].some(isNonceOrHash)) return result(test, ["header-invalid", -25]);
    for (const source of [...scripts])
      if (source === "'self'" || source === "'unsafe-inline'" || [...BROAD].some((b) => source.startsWith(b)))
        scripts.delete(source);
  }
  const passive = ["img-src", "media-src"].flatMap((name) => [
    ...(csp.get(name) ?? csp.get("default-src") ?? []),
  ]);
  const active = [...csp]
    .filter(([name]) => !["img-src", "media-src", "script-src"].includes(name))
    .flatMap(([, s]) => [...s])
    .concat([...scripts]);
  const insecure = (source: string) => source.startsWith("http:") || source.startsWith("ftp:");
  if ([...scripts].some((s) => BROAD.has(s) || INLINE.has(s)) || [...objects].some((s) => BROAD.has(s)))
    return result(test, ["implemented-with-unsafe-inline", -20]);
  if (scheme === "https" && active.some(insecure))
    return result(test, ["implemented-with-insecure-scheme", -20]);
  if (scripts.has("'unsafe-eval'") || styles.has("'unsafe-eval'"))
    return result(test, ["implemented-with-unsafe-eval", -10]);
  if (scheme === "https" && passive.some(insecure))
    return result(test, ["insecure-scheme-in-passive-content-only", -10]);
  if ([...styles].some((s) => BROAD.has(s) || INLINE.has(s)))
    return result(test, ["unsafe-inline-in-style-src-only", 0]);
  const defaultSrc = csp.get("default-src");
  if (defaultSrc?.size === 1 && defaultSrc.has("'none'"))
    return result(test, ["no-unsafe-default-src-none", 10]);
  return result(test, ["implemented-with-no-unsafe", 5]);
}

// --- Cookies -----------------------------------------------------------------------

type Cookie = { name: string; secure: boolean; httpOnly: boolean; sameSite: string | null; expired: boolean };

function parseSetCookie(line: string): Cookie {
  const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
  const cookie: Cookie = {
    name: pair.split("=")[0] ?? "",
    secure: false,
    httpOnly: false,
    sameSite: null,
    expired: false,
  };
  for (const attribute of attributes) {
    const [key = "", value = ""] = attribute.split("=").map((s) => s.trim());
    const name = key.toLowerCase();
    if (name === "secure") cookie.secure = true;
    else if (name === "httponly") cookie.httpOnly = true;
    else if (name === "samesite") cookie.sameSite = value.toLowerCase();
    else if (name === "max-age") cookie.expired ||= Number(value) <= 0;
    else if (name === "expires") cookie.expired ||= Date.parse(value) <= Date.now();
  }
  return cookie;
}

// From least to most serious: the worst one found is the result.
const COOKIE_PROBLEMS: [string, number][] = [
  ["without-secure-flag-but-protected-by-hsts", -5],
  ["without-secure-flag", -20],
  ["session-without-secure-flag-but-protected-by-hsts", -10],
  ["samesite-flag-invalid", -20],
  ["anticsrf-without-samesite-flag", -20],
  ["session-without-httponly-flag", -30],
  ["session-without-secure-flag", -40],
];

function cookiesResult(lines: string[], hstsPasses: boolean): Modifier {
  const test = "cookies";
  // A browser (and the scanner's jar) keeps neither expired cookies nor the older of two.
  const jar = new Map(lines.map(parseSetCookie).map((c) => [c.name, c] as const));
  const cookies = [...jar.values()].filter((c) => !c.expired);
  if (cookies.length === 0) return result(test, ["not-found", 0]);
  let worst = -1;
  const found = (problem: string) => {
    worst = Math.max(
      worst,
      COOKIE_PROBLEMS.findIndex(([name]) => name === problem),
    );
  };
  for (const cookie of cookies) {
    const session = /login|sess/i.test(cookie.name);
    if (cookie.sameSite && !["lax", "strict", "none"].includes(cookie.sameSite))
      found("samesite-flag-invalid");
    if (!cookie.secure && cookie.sameSite === "none") found("samesite-flag-invalid");
    if (!cookie.secure)
      found(hstsPasses ? "without-secure-flag-but-protected-by-hsts" : "without-secure-flag");
    if (/csrf/i.test(cookie.name) && !cookie.sameSite) found("anticsrf-without-samesite-flag");
    if (session && !cookie.secure)
      found(hstsPasses ? "session-without-secure-flag-but-protected-by-hsts" : "session-without-secure-flag");
    if (session && !cookie.httpOnly) found("session-without-httponly-flag");
  }
  const problem = COOKIE_PROBLEMS[worst];
  if (problem) return result(test, problem);
  return cookies.every((c) => c.sameSite)
    ? result(test, ["secure-with-httponly-sessions-and-samesite", 5])
    : result(test, ["secure-with-httponly-sessions", 0]);
}

// --- The other tests ---------------------------------------------------------------

function corsResult(headers: Headers): Modifier {
  const origin = headers.get("access-control-allow-origin")?.trim();
  if (!origin) return result("cors", ["not-implemented", 0]);
  if (origin !== "*" && headers.get("access-control-allow-credentials")?.trim().toLowerCase() === "true")
    return result("cors", ["universal-access-with-credentials", -50]);
  return result("cors", [origin === "*" ? "public-access" : "restricted-access", 0]);
}

function redirectionResult({ scheme, redirectsHttpToHttps }: ScannedResponse): Modifier {
  if (scheme === "https" && redirectsHttpToHttps) return result("redirection", ["to-https", 0]);
  return result("redirection", ["missing", -20]);
}

function referrerResult(header: string | null): Modifier {
  if (!header) return result("referrer-policy", ["not-implemented", 0]);
  const good = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
  const bad = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"];
  const policy = header
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter((p) => good.includes(p) || bad.includes(p))
    .at(-1);
  if (policy && good.includes(policy)) return result("referrer-policy", ["private", 5]);
  return result("referrer-policy", [policy ? "unsafe" : "header-invalid", -5]);
}

function hstsResult({ scheme, headers }: ScannedResponse): Modifier {
  const test = "strict-transport-security";
  if (scheme !== "https") return result(test, ["not-implemented-no-https", -20]);
  const header = headers.get("strict-transport-security");
  if (!header) return result(test, ["not-implemented", -20]);
  const maxAge = /(?:^|;)\s*max-age=(\d+)/i.exec(header)?.[1];
  if (header.includes(",") || maxAge === undefined) return result(test, ["header-invalid", -20]);
  // Six months, as the Observatory counts them (15552000 s).
  return Number(maxAge) >= 15_552_000
    ? result(test, ["max-age-at-least-six-months", 0])
    : result(test, ["max-age-less-than-six-months", -10]);
}

function sriResult({ headers, html }: ScannedResponse): Modifier {
  const test = "subresource-integrity";
  if (!(headers.get("content-type") ?? "").startsWith("text/html"))
    return result(test, ["response-not-html", 0]);
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map(([, attributes = ""]) => ({
    src: /\ssrc=["']?([^"'\s>]+)/i.exec(attributes)?.[1],
    integrity: /\sintegrity=/i.test(attributes),
  }));
  const external = scripts.filter((s) => s.src && /^(https?:)?\/\//i.test(s.src));
  if (scripts.every((s) => !s.src)) return result(test, ["no-scripts-loaded", 0]);
  if (external.some((s) => !s.src?.startsWith("https://")))
    return result(
      test,
      external.every((s) => s.integrity)
        ? ["implemented-but-external-scripts-not-loaded-securely", -20]
        : ["not-implemented-and-external-scripts-not-loaded-securely", -50],
    );
  if (external.some((s) => !s.integrity))
    return result(test, ["not-implemented-but-external-scripts-loaded-securely", -5]);
  const withSrc = scripts.filter((s) => s.src);
  if (withSrc.every((s) => s.integrity))
    return result(test, ["implemented-and-all-scripts-loaded-securely", 5]);
  return result(test, ["not-implemented-but-all-scripts-loaded-from-secure-origin", 0]);
}

function xFrameOptionsResult(header: string | null, csp: Csp): Modifier {
  const test = "x-frame-options";
  if (csp instanceof Map && csp.has("frame-ancestors")) return result(test, ["implemented-via-csp", 5]);
  const value = header?.trim().toLowerCase();
  if (!value) return result(test, ["not-implemented", -20]);
  if (value === "deny" || value === "sameorigin") return result(test, ["sameorigin-or-deny", 5]);
  if (value.startsWith("allow-from")) return result(test, ["allow-from-origin", 0]);
  return result(test, ["header-invalid", -20]);
}

function tokenResult(test: string, header: string | null, values: Record<string, number>): Modifier {
  if (!header) return result(test, ["not-implemented", 0]);
  const value = header.trim().toLowerCase();
  if (value.includes(",")) return result(test, ["header-invalid", -5]);
  const modifier = values[value];
  return modifier === undefined ? result(test, ["header-invalid", -5]) : result(test, [value, modifier]);
}
