import { expect, test } from "./fixtures/auth";
import AxeBuilder from "@axe-core/playwright";

const HARTFORD_AREA = /(East Hartford|Hartford|Wethersfield|West Hartford|Manchester), CT/;

test.describe("residents find events near them (with JavaScript)", () => {
  test("from ZIP 06108 within 10 miles, Hartford-area events come first, nearest first, and none from Ventura", async ({
    page,
  }) => {
    await page.goto("/events");
    await page.getByLabel("ZIP code").fill("06108");
    await page.getByLabel("Within").selectOption("10");
    await page.getByRole("button", { name: "Find events" }).click();
    await expect(page).toHaveURL(/\/events\?zip=06108&radius=10/);
    await expect(
      page.getByRole("heading", { name: /events within 10 miles of 06108 \(East Hartford, CT\)/ }),
    ).toBeVisible();
    const results = page.getByRole("list", { name: "Events, nearest first" }).getByRole("listitem");
    expect(await results.count()).toBeGreaterThan(3);
    const miles = (await page.getByText(/miles away/).allTextContents()).map((t) =>
      Number(/([\d.]+) miles/.exec(t)?.[1] ?? 0),
    );
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(Math.max(...miles)).toBeLessThanOrEqual(10);
    for (const card of await results.getByRole("article").all())
      await expect(card).toContainText(HARTFORD_AREA);
    await expect(page.getByRole("list", { name: "Events, nearest first" })).not.toContainText("Ventura");
  });

  test("an unknown ZIP code is explained next to the field and what was typed stays", async ({ page }) => {
    await page.goto("/events");
    await page.getByLabel("ZIP code").fill("00000");
    await page.getByLabel("Search words").fill("library");
    await page.getByRole("button", { name: "Find events" }).click();
    const zip = page.getByLabel("ZIP code");
    await expect(zip).toHaveValue("00000");
    await expect(zip).toHaveAttribute("aria-invalid", "true");
    await expect(zip).toHaveAccessibleDescription(/could not find ZIP code 00000/);
    await expect(page.getByLabel("Search words")).toHaveValue("library");
    await expect(page.getByRole("alert").filter({ hasText: "Please check the search" })).toContainText(
      "could not find ZIP code 00000",
    );
  });

  test("the last ZIP code searched is remembered in a cookie for the next visit", async ({ page }) => {
    await page.goto("/events?zip=06108");
    await page.goto("/events/search?zip=06108&radius=50");
    await page.goto("/");
    await expect(page.getByLabel("Your ZIP code")).toHaveValue("06108");
    await expect(page.getByLabel("Within")).toHaveValue("50");
  });

  test("'Use my location' searches from the browser's position", async ({ page, context }) => {
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation({ latitude: 34.2805, longitude: -119.2945 });
    await page.goto("/events");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.getByRole("heading", { name: /within 25 miles of your location/ })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Events, nearest first" }).getByRole("article").first(),
    ).toContainText("Ventura");
  });

  test("the map view opens with map tiles blocked and the list stays complete", async ({ page }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/events?zip=06108&radius=10");
    const listCount = await page
      .getByRole("list", { name: "Events, nearest first" })
      .getByRole("listitem")
      .count();
    await page.getByRole("button", { name: "Show map" }).click();
    const map = page.getByRole("region", { name: "Map of the events on this page" });
    await expect(map).toBeVisible();
    // One marker per venue; the nearest venue (Burnside Avenue) holds several events.
    const markers = map.getByRole("button", { name: /events?$/ });
    await expect(markers.first()).toBeVisible();
    const markerCount = await markers.count();
    expect(markerCount).toBeGreaterThan(1);
    expect(markerCount).toBeLessThan(listCount);
    await map.getByRole("button", { name: /Burnside Avenue, East Hartford: \d+ events/ }).focus();
    await page.keyboard.press("Enter");
    expect(await map.locator(".leaflet-popup-content").getByRole("link").count()).toBeGreaterThan(1);
    await map.screenshot({ path: test.info().outputPath("map-with-tiles-blocked.png") });
    await page.getByRole("button", { name: "Hide map" }).click();
    await expect(map).toBeHidden();
    await expect(page.getByRole("list", { name: "Events, nearest first" }).getByRole("listitem")).toHaveCount(
      listCount,
    );
    expect(errors).toEqual([]);
  });

  test("filters combine into a shareable URL and pages have stable links", async ({ page }) => {
    await page.goto("/events");
    await page.getByText("More filters").click();
    await page.getByLabel("Kind of event").selectOption("COFFEE_WITH_A_COP");
    await page.getByRole("button", { name: "Find events" }).click();
    await expect(page).toHaveURL(/format=COFFEE_WITH_A_COP/);
    await expect(page.getByLabel("Kind of event")).toHaveValue("COFFEE_WITH_A_COP");
    const next = page.getByRole("link", { name: "Next page →" });
    await expect(next).toHaveAttribute(
      "href",
      /format=COFFEE_WITH_A_COP.*page=2|page=2.*format=COFFEE_WITH_A_COP/,
    );
    await next.click();
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  });

  test("search, map, archive, department and widget pages have no accessibility violations", async ({
    page,
  }) => {
    const check = async (label: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${label}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    };
    for (const path of [
      "/events?zip=00000",
      "/events?zip=06108&radius=10&when=month",
      "/events/past?department=east-hartford-police",
      "/departments/east-hartford-police",
      "/embed/departments/east-hartford-police?theme=dark",
    ]) {
      await page.goto(path);
      await check(path);
    }
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto("/events?zip=06108&radius=10");
    await page.getByRole("button", { name: "Show map" }).click();
    await expect(page.getByRole("region", { name: "Map of the events on this page" })).toBeVisible();
    await check("map open");
  });

  test("a department pastes the widget snippet into its own page and its upcoming events show there", async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto("/departments/east-hartford-police");
    await page.getByText("Put these events on your department's website").click();
    const snippet = await page.getByLabel("Widget code").inputValue();
    expect(snippet).toContain(`src="${baseURL}/embed/departments/east-hartford-police"`);

    // The department's own page, on an origin of its own (not a document carrying this
    // site's CSP). Chromium asks before a page frames a local address such as this server.
    await context.grantPermissions(["local-network-access"]);
    const departmentSite = "http://localhost:9/east-hartford-pd";
    await page.route(departmentSite, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>East Hartford PD</title><h1>Community</h1>${snippet}`,
      }),
    );
    await page.goto(departmentSite);
    const widget = page.frameLocator('iframe[title="Upcoming Coffee with a Cop events"]');
    await expect(widget.getByRole("listitem").first()).toBeVisible();
    await expect(widget.getByRole("link").first()).toHaveAttribute("href", new RegExp(`^${baseURL}/events/`));
  });
});
