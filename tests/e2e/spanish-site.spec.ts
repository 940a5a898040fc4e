// The site in Spanish, as a resident whose browser asks for Spanish finds it (issue 13):
// the address says the language, a switch on every page leads to the same page in the
// other language, and the choice is remembered.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const SPANISH_DATE =
  /\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d\b/;

test.describe("the site in Spanish", () => {
  test("the home page in Spanish: language, headings, dates, its twin in <head>, and no axe violations", async ({
    page,
  }) => {
    await page.goto("/es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Tome un café con los agentes que sirven a su comunidad",
    );
    await expect(page.getByRole("heading", { name: "Próximos eventos" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText(SPANISH_DATE);
    await expect(page.getByRole("link", { name: "Saltar al contenido principal" })).toBeAttached();
    // Links inside the Spanish page stay in Spanish.
    await expect(
      page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Departamentos" }),
    ).toHaveAttribute("href", "/es/departments");
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]),
      );
    expect(alternates).toEqual(
      expect.arrayContaining([
        ["en", "/"],
        ["es", "/es"],
        ["x-default", "/"],
      ]),
    );
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(axe.violations).toEqual([]);
  });

  test("a browser that asks for Spanish gets the Spanish page; choosing English is remembered", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale: "es-MX",
      extraHTTPHeaders: { "Accept-Language": "es-MX,es;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/events?zip=06108&radius=25");
    await expect(page).toHaveURL(/\/es\/events\?zip=06108&radius=25$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");

    // The switch keeps the page and its query.
    const english = page.getByRole("link", { name: "English" });
    await expect(english).toHaveAttribute("hreflang", "en");
    await english.click();
    await expect(page).toHaveURL(/\/events\?zip=06108&radius=25$/);
    await expect(page).not.toHaveURL(/\/es\//);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    // Remembered: the next visit stays in English although the browser prefers Spanish.
    await page.goto("/");
    await expect(page).not.toHaveURL(/\/es/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/es$/);
    await context.close();
  });

  test("an address that does not exist answers 404 with the not-found page in its language", async ({
    page,
  }) => {
    const spanish = await page.goto("/es/no-existe/nada");
    expect(spanish?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");
    await expect(page.getByRole("link", { name: "Ver los próximos eventos" })).toHaveAttribute("href", "/es");
    const english = await page.goto("/no/such/page");
    expect(english?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("the sitemap lists both languages, each naming the other", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toMatch(/<loc>[^<]*\/es\/departments<\/loc>/);
    expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="es" href="[^"]*\/es\/departments"/);
    expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/departments"/);
  });
});
