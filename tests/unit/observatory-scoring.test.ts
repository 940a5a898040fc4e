// The grading module the end-to-end grades rely on, checked against the published rules.
import { describe, expect, it } from "vitest";
import { gradeResponse, type ScannedResponse } from "../support/observatory";

const page = (headers: Record<string, string>, extra: Partial<ScannedResponse> = {}): ScannedResponse => ({
  scheme: "https",
  redirectsHttpToHttps: true,
  headers: new Headers({ "content-type": "text/html; charset=utf-8", ...headers }),
  cookies: [],
  html: `<script src="/_next/static/chunks/app.js" async></script>`,
  ...extra,
});

const WELL_SET = {
  "strict-transport-security": "max-age=63072000",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

const resultOf = (response: ScannedResponse, test: string) =>
  gradeResponse(response).modifiers.find((m) => m.test === test);

describe("HTTP Observatory grading", () => {
  it("a page with no security headers over plain http scores 10, F", () => {
    const grade = gradeResponse(page({}, { scheme: "http", redirectsHttpToHttps: false }));
    // 100 − 25 CSP − 20 redirection − 20 HSTS − 5 nosniff − 20 framing
    expect(grade).toMatchObject({ score: 10, grade: "F" });
  });

  it("bonuses count only when the penalties leave 90 or more", () => {
    const inline = page({
      ...WELL_SET,
      "content-security-policy":
        "default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
      "cross-origin-opener-policy": "same-origin",
    });
    expect(gradeResponse(inline)).toMatchObject({ score: 80, grade: "B+", bonusesCounted: false });
    const strict = page({
      ...WELL_SET,
      "content-security-policy":
        "default-src 'self'; script-src 'nonce-x' 'strict-dynamic'; object-src 'none'; frame-ancestors 'none'",
      "cross-origin-opener-policy": "same-origin",
    });
    // 100 + 5 CSP + 5 referrer + 5 frame-ancestors + 10 COOP
    expect(gradeResponse(strict)).toMatchObject({ score: 125, grade: "A+", bonusesCounted: true });
  });

  it("'unsafe-inline' beside a nonce or hash is ignored; 'strict-dynamic' with neither is invalid", () => {
    const withNonce = page({
      "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline' 'nonce-x'",
    });
    expect(resultOf(withNonce, "content-security-policy")?.modifier).toBe(5);
    const bare = page({
      "content-security-policy": "default-src 'self'; script-src 'self' 'strict-dynamic'",
    });
    expect(resultOf(bare, "content-security-policy")).toMatchObject({
      result: "header-invalid",
      modifier: -25,
    });
  });

  it("unsafe styles cost the CSP bonus but nothing more; default-src 'none' earns 10", () => {
    const styles = page({
      "content-security-policy": "default-src 'self'; style-src 'self' 'unsafe-inline'",
    });
    expect(resultOf(styles, "content-security-policy")?.modifier).toBe(0);
    const none = page({ "content-security-policy": "default-src 'none'; form-action 'self'" });
    expect(resultOf(none, "content-security-policy")?.modifier).toBe(10);
  });

  it("a session cookie without Secure costs 40, or 10 when HSTS protects it; a missing SameSite only the bonus", () => {
    const session = ["app.session=1; Path=/; HttpOnly; SameSite=Lax"];
    expect(resultOf(page({}, { cookies: session }), "cookies")?.modifier).toBe(-40);
    expect(resultOf(page(WELL_SET, { cookies: session }), "cookies")?.modifier).toBe(-10);
    expect(
      resultOf(page(WELL_SET, { cookies: ["app.session=1; Secure; HttpOnly"] }), "cookies")?.modifier,
    ).toBe(0);
    expect(
      resultOf(page(WELL_SET, { cookies: ["app.session=1; Secure; HttpOnly; SameSite=Lax"] }), "cookies")
        ?.modifier,
    ).toBe(5);
    expect(resultOf(page(WELL_SET, { cookies: ["app.session=; Max-Age=0"] }), "cookies")?.result).toBe(
      "not-found",
    );
  });

  it("HSTS shorter than six months costs 10; frame-ancestors counts as X-Frame-Options", () => {
    expect(
      resultOf(page({ "strict-transport-security": "max-age=86400" }), "strict-transport-security")?.modifier,
    ).toBe(-10);
    expect(
      resultOf(page({ "content-security-policy": "frame-ancestors 'none'" }), "x-frame-options")?.modifier,
    ).toBe(5);
    expect(resultOf(page({ "x-frame-options": "ALLOWALL" }), "x-frame-options")?.modifier).toBe(-20);
  });

  it("external scripts without integrity cost 5 over https and 50 over http", () => {
    const external = (src: string) => page({}, { html: `<script src="${src}"></script>` });
    expect(resultOf(external("https://cdn.example.com/a.js"), "subresource-integrity")?.modifier).toBe(-5);
    expect(resultOf(external("http://cdn.example.com/a.js"), "subresource-integrity")?.modifier).toBe(-50);
    expect(resultOf(external("/_next/static/a.js"), "subresource-integrity")?.modifier).toBe(0);
  });
});
