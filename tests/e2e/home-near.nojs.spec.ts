import type { BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures/auth";

// Run by the "no-javascript" project (and by the default one): the home page's "near you",
// the nearest event of an empty search and the venue's address need no JavaScript.
const VENUE = { slug: "great-river-park-east-hartford", name: "Great River Park" };

async function rememberZip(
  context: BrowserContext,
  baseURL: string | undefined,
  zip: string,
  radius: string,
) {
  await context.addCookies([
    { name: "cwac-location", value: encodeURIComponent(`zip=${zip}&radius=${radius}`), url: baseURL! },
  ]);
}

test.describe("near me on the home page, without JavaScript too", () => {
  for (const { prefix, lastSearch, heading, closest, nearestFirst } of [
    {
      prefix: "",
      nearestFirst: "Events, nearest first",
      lastSearch: "Events near your last search",
      heading: /events? within 10 miles of 06108/,
      closest: "Closest to 06108 (East Hartford, CT)",
    },
    {
      prefix: "/es",
      nearestFirst: "Eventos, del más cercano al más lejano",
      lastSearch: "Eventos cerca de su última búsqueda",
      heading: /eventos? a menos de 10 millas de 06108/,
      closest: "Lo más cercano a 06108 (East Hartford, CT)",
    },
  ]) {
    test(`a remembered ZIP code leads to the events near it (${prefix || "/"})`, async ({
      page,
      context,
      baseURL,
      javaScriptEnabled,
    }) => {
      await rememberZip(context, baseURL, "06108", "10");
      await page.goto(prefix || "/");
      if (javaScriptEnabled) {
        // The island reads the cookie and shows the nearest events itself.
        await expect(page.getByRole("region", { name: closest })).toBeVisible();
        return;
      }
      await page.getByRole("link", { name: lastSearch }).click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/events\\?zip=06108&radius=10$`));
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
      await expect(page.getByRole("list", { name: nearestFirst }).getByRole("article").first()).toBeVisible();
    });
  }

  test("without a remembered place, the link to the last search offers the search page", async ({
    page,
    javaScriptEnabled,
  }) => {
    await page.goto("/");
    const link = page.getByRole("link", { name: "Events near your last search" });
    if (javaScriptEnabled) {
      await expect(link).toHaveCount(0);
      return;
    }
    await link.click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByLabel("ZIP code")).toHaveValue("");
  });

  test("the national list is short, with a link to every upcoming event", async ({ page }) => {
    await page.goto("/es");
    const national = page.getByRole("region", { name: "Próximos eventos" });
    expect(await national.getByRole("article").count()).toBeLessThanOrEqual(10);
    const more = national.getByRole("link", { name: "Ver todos los próximos eventos" });
    await expect(more).toHaveAttribute("href", "/es/events");
    await more.click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Encuentre eventos cerca de usted" }),
    ).toBeVisible({
      timeout: 15_000,
    });
  });

  test("an empty search from 59001 names the nearest event and the radius that reaches it", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByLabel("Your ZIP code").fill("59001");
    await page.getByLabel("Within").selectOption("5");
    await page.getByRole("button", { name: "Find events near me" }).click();
    await expect(page.getByText("No events match this search.")).toBeVisible();
    await expect(page.getByText(/in Fort Collins, CO, [\d.]+ miles away\./)).toBeVisible();
    await page.getByRole("link", { name: "Search within 500 miles" }).click();
    await expect(page.getByRole("heading", { name: /within 500 miles of 59001/ })).toBeVisible();
  });

  test("event and venue pages keep the address and its links; the map button needs JavaScript", async ({
    page,
    javaScriptEnabled,
  }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto(`/venues/${VENUE.slug}`);
    await expect(page.locator("address")).toContainText(VENUE.name);
    await expect(page.getByRole("link", { name: "Open in a map (OpenStreetMap)" })).toHaveAttribute(
      "href",
      /openstreetmap\.org/,
    );
    await expect(page.getByRole("button", { name: "Show on a map" })).toHaveCount(javaScriptEnabled ? 1 : 0);
    await page.getByRole("article").first().getByRole("link").first().click();
    await expect(page.locator("address")).toContainText(VENUE.name);
    await expect(page.getByRole("link", { name: "Directions (Google Maps)" })).toBeVisible();
  });
});
