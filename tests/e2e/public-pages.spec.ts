import { expect, test } from "./fixtures/auth";
import AxeBuilder from "@axe-core/playwright";

const ZONE_NAMED = /(Eastern|Central|Mountain|Arizona|Pacific) Time \((E|C|M|P)[SD]T\)/;

test.describe("public pages for residents", () => {
  test("home page lists upcoming events by day with local time, zone, venue and hosts", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Upcoming events", level: 2 })).toBeVisible();
    const dayHeadings = page.getByRole("heading", { level: 3 });
    await expect(dayHeadings.first()).toHaveText(
      /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}$/,
    );
    const firstCard = page.getByRole("article").first();
    await expect(firstCard).toContainText(ZONE_NAMED);
    await expect(firstCard).toContainText(/Hosted by .+/);
    await expect(firstCard).toContainText(/, [A-Z]{2}/);
  });

  test("directory groups departments by state, including the agencies from the news", async ({ page }) => {
    await page.goto("/departments");
    const connecticut = page.getByRole("region", { name: "Connecticut" });
    await expect(connecticut.getByRole("link", { name: "East Hartford Police Department" })).toBeVisible();
    await expect(
      connecticut.getByRole("link", { name: "Hartford Police Department", exact: true }),
    ).toBeVisible();
    const california = page.getByRole("region", { name: "California" });
    for (const name of [
      "Ventura Police Department",
      "Weed Police Department",
      "Siskiyou County Sheriff's Office",
    ]) {
      await expect(california.getByRole("link", { name })).toBeVisible();
    }
    expect(await page.getByRole("region").count()).toBeGreaterThanOrEqual(4);
  });

  test("the Weed event lists all three hosting agencies", async ({ page }) => {
    await page.goto("/departments");
    await page.getByRole("link", { name: "Weed Police Department" }).click();
    await expect(page.getByRole("heading", { name: "Weed Police Department", level: 1 })).toBeVisible();
    const weedEvent = page.getByRole("article").filter({ hasText: "Starbucks" }).first();
    await weedEvent.getByRole("link").first().click();
    const hosts = page
      .getByRole("definition")
      .filter({ has: page.getByRole("link", { name: "Weed Police Department" }) });
    await expect(hosts.getByRole("link", { name: /California Highway Patrol/ })).toBeVisible();
    await expect(hosts.getByRole("link", { name: "Siskiyou County Sheriff's Office" })).toBeVisible();
    // The department page stays in the DOM, hidden, after a client-side navigation (cacheComponents).
    await expect(page.getByText(/Pacific Time \(P[SD]T\)/).filter({ visible: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /Open in a map/ })).toHaveAttribute(
      "href",
      /openstreetmap\.org/,
    );
    await expect(page.getByText("No-host event:")).toBeVisible();
    const card = page.getByRole("complementary", { name: "Not an emergency?" });
    for (const [name, phone, tel] of [
      ["Weed Police Department", "(530) 555-0118", "tel:5305550118"],
      ["Siskiyou County Sheriff's Office", "(530) 842-8300", "tel:5308428300"],
    ] as const) {
      await expect(
        card.getByRole("listitem").filter({ hasText: name }).getByRole("link", { name: phone }),
      ).toHaveAttribute("href", tel);
    }
    await expect(card.getByRole("listitem")).toHaveCount(3);
    await expect(card.getByRole("link", { name: "911" })).toHaveAttribute("href", "tel:911");
  });

  test("the same 9 AM start reads 9 AM on both sides of a clock change, each with its own zone abbreviation", async ({
    page,
  }) => {
    const shown: string[] = [];
    for (const title of ["Saturday Coffee at the Raymond Library", "Sunday Coffee on Franklin Avenue"]) {
      await page.goto(`/events?q=${encodeURIComponent(title)}`);
      await page.getByRole("link", { name: title }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      const when = page.locator("time").getByText(/, 9:00 – 10:30 AM Eastern Time \((EST|EDT)\)$/);
      await expect(when).toBeVisible();
      shown.push((await when.textContent()) ?? "");
    }
    expect(new Set(shown).size).toBe(2);
  });

  test("pages name their icon, served from public/", async ({ page, request }) => {
    await page.goto("/departments");
    const href = await page.locator('link[rel="icon"]').getAttribute("href");
    expect(href).toBe("/favicon.svg");
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  });

  test("an event page links to its venue, whose page lists its events", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("article").first().getByRole("link").first().click();
    const venueLink = page.locator("address").getByRole("link");
    const venueName = (await venueLink.textContent()) ?? "";
    await venueLink.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(venueName);
    await expect(page.getByRole("heading", { name: "Upcoming events here" })).toBeVisible();
  });

  test("unknown slugs answer 404 with a helpful page", async ({ page }) => {
    for (const path of [
      "/events/no-such-event",
      "/departments/no-such-department",
      "/venues/no-such-venue",
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("link", { name: "See upcoming events" })).toBeVisible();
    }
  });

  test("the first Tab reaches the skip link, which moves focus to the content", async ({ page }) => {
    await page.goto("/departments");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("pages have no serious accessibility violations", async ({ page }) => {
    await page.goto("/");
    const eventHref = await page.getByRole("article").first().getByRole("link").first().getAttribute("href");
    for (const path of ["/", "/departments", eventHref ?? "/", "/events/no-such-event"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(
        serious.map((v) => `${path}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    }
  });
});
