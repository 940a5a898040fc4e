// The Content-Security-Policy in a real Chromium: every page's own scripts run with no
// violation reported, and on staff pages a script that slipped into the markup does not.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";

type Violation = { directive: string; blocked: string };

/** Collects the document's `securitypolicyviolation` events (the init script is exempt from CSP). */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const list: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = list;
    document.addEventListener("securitypolicyviolation", (event) =>
      list.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

const INJECTED = `<script>window.__injected = "inline script"</script><img src="/favicon.svg" alt="" onload="window.__injected = 'event handler'">`;

/** Serves the page with markup added to its body, as if a comment's text had escaped unescaped. */
async function injectIntoPage(page: Page, path: RegExp) {
  await page.route(path, async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", `${INJECTED}</body>`);
    await route.fulfill({ response, body });
  });
}

const injected = (page: Page) =>
  page.evaluate(() => (window as unknown as { __injected?: string }).__injected);

test.describe("public pages under their cacheable policy", () => {
  test("the home page, the map and 'Use my location' run with no violation", async ({ page, context }) => {
    const violations = await watchViolations(page);
    const home = await page.goto("/");
    expect(home?.headers()["content-security-policy"]).not.toContain("nonce");
    await expect(page.getByRole("heading", { name: "Upcoming events", level: 2 })).toBeVisible();
    expect(await violations()).toEqual([]);

    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto("/events?zip=06108&radius=10");
    await page.getByRole("button", { name: "Show map" }).click();
    const map = page.getByRole("region", { name: "Map of the events on this page" });
    await expect(map.getByRole("button", { name: /events?$/ }).first()).toBeVisible();
    await map
      .getByRole("button", { name: /events?$/ })
      .first()
      .click();
    await expect(map.locator(".leaflet-popup")).toBeVisible();
    expect(await violations()).toEqual([]);

    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation({ latitude: 34.2805, longitude: -119.2945 });
    await page.goto("/events");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.getByRole("heading", { name: /within 25 miles of your location/ })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("an event page and its comment form run with no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/departments/ventura-police");
    await page.getByRole("article").first().getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "Questions and comments" })).toBeVisible();
    await page.getByLabel("Your question or comment").fill("Is there parking?");
    expect(await violations()).toEqual([]);
  });
});

test.describe("staff pages under the nonce policy", () => {
  test("the moderation queue's keyboard shortcuts work with no violation", async ({ page, signInAs }) => {
    await signInAs("moderator");
    const violations = await watchViolations(page);
    const response = await page.goto("/admin/moderation");
    expect(response?.headers()["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    await expect(page.getByText("Keyboard: j/k next/previous")).toBeVisible();
    const first = page.locator("[data-queue-row]").first();
    await page.keyboard.press("j");
    await expect(first).toBeFocused();
    await page.keyboard.press("x");
    await expect(first.getByRole("checkbox")).toBeChecked();
    await page.keyboard.press("x");
    await expect(first.getByRole("checkbox")).not.toBeChecked();
    expect(await violations()).toEqual([]);
  });

  test("the admin forms and lists load with no violation", async ({ page, signInAs }) => {
    await signInAs("admin");
    const violations = await watchViolations(page);
    for (const path of [
      "/admin",
      "/admin/events/new",
      "/admin/series/new",
      "/admin/users",
      "/admin/audit",
      "/admin/no-such-page",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(), path).toEqual([]);
    }
  });

  test("sign-in and password pages load with no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of ["/signin", "/account/forgot-password"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(), path).toEqual([]);
    }
  });
});

test.describe("markup that escaped into a page", () => {
  test.use({ expectedBrowserErrors: [/Content Security Policy/] });

  test("on a staff page an injected inline script and event handler do not run, and the page still works", async ({
    page,
    signInAs,
  }) => {
    await signInAs("moderator");
    const violations = await watchViolations(page);
    await injectIntoPage(page, /\/admin\/moderation/);
    await page.goto("/admin/moderation");
    await expect(page.getByText("Keyboard: j/k next/previous")).toBeVisible();
    expect(await injected(page)).toBeUndefined();
    expect((await violations()).map((v) => v.directive).sort()).toEqual([
      "script-src-attr",
      "script-src-elem",
    ]);
  });

  test("on a public page it would run: the price of cacheable pages (decision 0009)", async ({ page }) => {
    await injectIntoPage(page, /\/departments$/);
    await page.goto("/departments");
    await expect.poll(() => injected(page)).toBeTruthy();
  });
});
