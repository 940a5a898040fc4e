import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";

// Issue 14: the home page answers "is there one near me?", empty searches name the
// nearest event, and event and venue pages have a map on request.
const VENUE = { slug: "great-river-park-east-hartford", name: "Great River Park" };

async function rememberZip(context: BrowserContext, baseURL: string | undefined, zip: string, radius = "10") {
  // As /events/search sets it: a ZIP code and a radius, readable by the page's own script.
  await context.addCookies([
    { name: "cwac-location", value: encodeURIComponent(`zip=${zip}&radius=${radius}`), url: baseURL! },
  ]);
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The vertical position of a locator's top edge on the page. */
async function top(locator: ReturnType<Page["locator"]>): Promise<number> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box!.y;
}

test.describe("the home page answers 'is there one near me?'", () => {
  test("with a remembered ZIP code, the nearest events come first, with their distances", async ({
    page,
    context,
    baseURL,
  }) => {
    await rememberZip(context, baseURL, "06108");
    await page.goto("/");
    const near = page.getByRole("region", { name: "Closest to 06108 (East Hartford, CT)" });
    await expect(near).toBeVisible();
    const items = near.getByRole("listitem");
    await expect(items).toHaveCount(3);
    const miles = (await items.allTextContents()).map((text) =>
      Number(/([\d.]+) miles away/.exec(text)?.[1]),
    );
    expect(miles.every((m) => m >= 0 && m < 10)).toBe(true);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    await expect(items.first().getByRole("link")).toHaveAttribute("href", /^\/events\/[a-z0-9-]+$/);
    await expect(near.getByRole("link", { name: /^All events within \d+ miles of 06108$/ })).toHaveAttribute(
      "href",
      /^\/events\?zip=06108&radius=\d+$/,
    );
    // Nearby first: above the national list.
    const national = page.getByRole("heading", { name: "Upcoming events", level: 2 });
    expect(await top(near)).toBeLessThan(await top(national));
    // The search form has the ZIP code back too.
    await expect(page.getByLabel("Your ZIP code")).toHaveValue("06108");
    await expectNoSeriousViolations(page);

    await near.getByRole("listitem").first().getByRole("link").click();
    await expect(page.locator("address")).toContainText("CT");
  });

  test("in Spanish, the nearest events are worded in Spanish and link to Spanish pages", async ({
    page,
    context,
    baseURL,
  }) => {
    await rememberZip(context, baseURL, "06108");
    await page.goto("/es");
    const near = page.getByRole("region", { name: "Lo más cercano a 06108 (East Hartford, CT)" });
    await expect(near).toBeVisible();
    await expect(near.getByRole("listitem")).toHaveCount(3);
    await expect(near.getByRole("listitem").first()).toContainText(/A (menos de )?[\d.]+ millas/);
    await expect(near.getByRole("listitem").first().getByRole("link")).toHaveAttribute(
      "href",
      /^\/es\/events\//,
    );
    await expect(
      near.getByRole("link", { name: /^Todos los eventos a menos de \d+ millas de 06108$/ }),
    ).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("the home page stays the same for everyone: cached, with no remembered ZIP code in its HTML", async ({
    request,
  }) => {
    const withZip = await request.get("/", {
      headers: { cookie: "cwac-location=zip%3D06108%26radius%3D10" },
    });
    expect(withZip.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
    const html = await withZip.text();
    expect(html).not.toContain("Closest to 06108");
    // The nearest events come from an address of their own, one per ZIP code and language, cached too.
    const answer = await request.get("/nearest/06108");
    expect(answer.status()).toBe(200);
    expect(answer.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
    const body = (await answer.json()) as { heading: string; events: unknown[] };
    expect(body.heading).toBe("Closest to 06108 (East Hartford, CT)");
    expect(body.events).toHaveLength(3);
    expect((await request.get("/nearest/00000")).status()).toBe(404);
  });

  test("without a remembered place, a compact national list with a way to see more", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Upcoming events", level: 2 })).toBeVisible();
    await expect(page.getByRole("region", { name: /^Closest to/ })).toHaveCount(0);
    const national = page.getByRole("region", { name: "Upcoming events" });
    const count = await national.getByRole("article").count();
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThanOrEqual(10);
    // Was 16,636 px on a phone with 60 full cards.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);
    await page.screenshot({ path: test.info().outputPath("home-375.png"), fullPage: true });
    await national.getByRole("link", { name: "See all upcoming events" }).click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByRole("heading", { name: "All events coming up" })).toBeVisible();
  });
});

test.describe("an empty near-me search names the nearest event and the radius that reaches it", () => {
  test("from Montana ZIP 59001 within 5 miles: Fort Collins, and a 500-mile search that finds it", async ({
    page,
  }) => {
    await page.goto("/events?zip=59001&radius=5");
    await expect(page.getByText("No events match this search.")).toBeVisible();
    const suggestion = page.getByText(
      /^The nearest event for this search is .+ in Fort Collins, CO, [\d.]+ miles away\.$/,
    );
    await expect(suggestion).toBeVisible();
    const title = (await suggestion.getByRole("link").textContent())!;
    await page.getByRole("link", { name: "Search within 500 miles" }).click();
    await expect(page).toHaveURL(/\/events\?zip=59001&radius=500$/);
    await expect(page.locator("#search-radius")).toHaveValue("500");
    await expect(page.getByRole("heading", { name: /events? within 500 miles of 59001/ })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Events, nearest first" }).getByRole("article").first(),
    ).toContainText(title);
    await expectNoSeriousViolations(page);
  });

  test("in Spanish", async ({ page }) => {
    await page.goto("/es/events?zip=59001&radius=5");
    await expect(page.getByText("Ningún evento coincide con esta búsqueda.")).toBeVisible();
    await expect(
      page.getByText(
        /^El evento más cercano para esta búsqueda es .+ en Fort Collins, CO, a [\d.]+ millas\.$/,
      ),
    ).toBeVisible();
    await page.getByRole("link", { name: "Buscar a menos de 500 millas" }).click();
    await expect(page).toHaveURL(/\/es\/events\?zip=59001&radius=500$/);
    await expect(
      page.getByRole("list", { name: "Eventos, del más cercano al más lejano" }).getByRole("article").first(),
    ).toBeVisible();
  });
});

test.describe("a map where people look: event and venue pages", () => {
  test("the venue page shows its map on request; with tiles blocked the address and links stay", async ({
    page,
  }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto(`/venues/${VENUE.slug}`);
    await expect(page.getByRole("link", { name: "Open in a map (OpenStreetMap)" })).toBeVisible();
    const show = page.getByRole("button", { name: "Show on a map" });
    await expect(show).toHaveAttribute("aria-expanded", "false");
    const map = page.getByRole("region", { name: `Map of ${VENUE.name}, East Hartford` });
    await expect(map).toHaveCount(0);
    await show.click();
    await expect(map).toBeVisible();
    await expect(map.getByRole("button", { name: `${VENUE.name}, East Hartford` })).toBeVisible();
    await expect(map.getByRole("button", { name: "Zoom in" })).toBeVisible();
    await expect(page.getByText("The address and the links above work without the map.")).toBeVisible();
    await expect(page.locator("address")).toContainText(VENUE.name);
    await expect(page.getByRole("link", { name: "Open in a map (OpenStreetMap)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Directions (Google Maps)" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole("button", { name: "Hide map" }).click();
    await expect(map).toBeHidden();
  });

  test("an event page shows its venue's map on request, in Spanish too, with tiles blocked", async ({
    page,
  }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto(`/es/venues/${VENUE.slug}`);
    await page.getByRole("heading", { name: "Próximos eventos aquí" }).waitFor();
    const firstEvent = page.getByRole("article").first().getByRole("link").first();
    const eventHref = (await firstEvent.getAttribute("href"))!;
    await page.goto(eventHref);
    await expect(page.getByRole("link", { name: "Abrir en un mapa (OpenStreetMap)" })).toBeVisible();
    await page.getByRole("button", { name: "Mostrar en un mapa" }).click();
    const map = page.getByRole("region", { name: `Mapa de ${VENUE.name}, East Hartford` });
    await expect(map).toBeVisible();
    await expect(map.getByRole("button", { name: `${VENUE.name}, East Hartford` })).toBeVisible();
    // Leaflet's own controls speak the page's language too.
    await expect(map.getByRole("button", { name: "Acercar" })).toBeVisible();
    await expect(map.getByRole("button", { name: "Alejar" })).toBeVisible();
    await expect(page.locator("address")).toContainText(VENUE.name);
    await expect(page.getByRole("link", { name: "Cómo llegar (Google Maps)" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
