import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";

// The public browsing pages in Spanish (issue 13): the search, the directory, a
// department and a venue read in Spanish, with Spanish dates, and the language switch
// keeps what was searched.
const DEPARTMENT = "east-hartford-police";
const VENUE = "great-river-park-east-hartford";
// A day heading: "miércoles, 2 de diciembre de 2026".
const SPANISH_DAY =
  /^(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}$/;

async function expectNoSeriousViolations(page: Page, path: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${path}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test.describe("a resident browses in Spanish (with JavaScript)", () => {
  test("searches near ZIP 06108 and reads the results, distances and dates in Spanish", async ({ page }) => {
    await page.goto("/es/events");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(
      page.getByRole("heading", { level: 1, name: "Encuentre eventos cerca de usted" }),
    ).toBeVisible();
    await page.getByLabel("Código postal (ZIP)").fill("06108");
    await page.getByLabel("A menos de").selectOption("10");
    await page.getByRole("button", { name: "Buscar eventos", exact: true }).click();
    await expect(page).toHaveURL(/\/es\/events\?zip=06108&radius=10(&when=any)?$/);
    await expect(
      page.getByRole("heading", {
        name: /^\d+ eventos? a menos de 10 millas de 06108 \(East Hartford, CT\)$/,
      }),
    ).toBeVisible();
    const results = page.getByRole("list", { name: "Eventos, del más cercano al más lejano" });
    expect(await results.getByRole("listitem").count()).toBeGreaterThan(3);
    const miles = (await results.getByText(/^A [\d.]+ millas/).allTextContents()).map((t) =>
      Number(/A ([\d.]+) millas/.exec(t)?.[1] ?? 0),
    );
    expect(miles.length).toBeGreaterThan(3);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    // The short dates beside the distances: "mar 8 de dic".
    await expect(results).toContainText(
      /(lun|mar|mié|jue|vie|sáb|dom) \d{1,2} de (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)/,
    );
    await expect(results).toContainText(/hora del (Este|Pacífico)/);
    await expect(results).not.toContainText("Ventura");
    // Links stay in Spanish: an event's page, the archive, the map.
    expect(await results.getByRole("article").first().getByRole("link").first().getAttribute("href")).toMatch(
      /^\/es\/events\//,
    );
    await expect(page.getByRole("link", { name: "Archivo de eventos pasados" })).toHaveAttribute(
      "href",
      "/es/events/past",
    );
    await page.getByRole("button", { name: "Mostrar el mapa" }).click();
    await expect(page.getByRole("region", { name: "Mapa de los eventos de esta página" })).toBeVisible();
    await expect(page.getByRole("button", { name: /: \d+ eventos?$/ }).first()).toBeVisible();
  });

  test("the language switch keeps the search, both ways", async ({ page }) => {
    await page.goto("/es/events?zip=06108&radius=10");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/events\?zip=06108&radius=10$/);
    await expect(page).not.toHaveURL(/\/es\//);
    await expect(page.getByRole("heading", { name: /events within 10 miles of 06108/ })).toBeVisible();
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/es\/events\?zip=06108&radius=10(&when=any)?$/);
    await expect(page.getByRole("heading", { name: /eventos? a menos de 10 millas de 06108/ })).toBeVisible();
  });

  test("a search that cannot be read is explained in Spanish next to the field, and what was typed stays", async ({
    page,
  }) => {
    await page.goto("/es/events");
    await page.getByLabel("Código postal (ZIP)").fill("00000");
    await page.getByLabel("Palabras de búsqueda").fill("biblioteca");
    await page.getByRole("button", { name: "Buscar eventos", exact: true }).click();
    const zip = page.getByLabel("Código postal (ZIP)");
    await expect(zip).toHaveValue("00000");
    await expect(zip).toHaveAttribute("aria-invalid", "true");
    await expect(zip).toHaveAccessibleDescription(/No encontramos el código postal 00000/);
    await expect(page.getByLabel("Palabras de búsqueda")).toHaveValue("biblioteca");
    await expect(page.getByRole("alert").filter({ hasText: "Revise la búsqueda" })).toContainText(
      "No encontramos el código postal 00000",
    );
  });

  test("the directory, a department and a venue read in Spanish, with Spanish dates", async ({ page }) => {
    await page.goto("/es/departments");
    await expect(page.getByRole("heading", { level: 1, name: "Departamentos" })).toBeVisible();
    await expect(page.getByText("Departamento de policía").first()).toBeVisible();
    await page.getByRole("link", { name: "East Hartford Police Department" }).click();
    await expect(page).toHaveURL(new RegExp(`/es/departments/${DEPARTMENT}$`));
    await expect(page.getByRole("heading", { level: 2, name: "Próximos eventos" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Eventos pasados" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: SPANISH_DAY }).first()).toBeVisible();
    await expect(page.getByText("Línea para casos que no son emergencias:")).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Siga estos eventos en su calendario o lector de noticias" }),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Todos los eventos pasados de East Hartford Police Department" }),
    ).toHaveAttribute("href", `/es/events/past?department=${DEPARTMENT}`);
    // hreflang: the page names its English twin.
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      "href",
      new RegExp(`/departments/${DEPARTMENT}$`),
    );

    await page.goto(`/es/venues/${VENUE}`);
    await expect(page.getByRole("heading", { level: 2, name: "Próximos eventos aquí" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Cómo llegar (Google Maps)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Abrir en un mapa (OpenStreetMap)" })).toBeVisible();

    await page.goto(`/es/events/past?department=${DEPARTMENT}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Eventos pasados: East Hartford Police Department" }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: /eventos? pasados?, del más reciente al más antiguo/ }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: SPANISH_DAY }).first()).toBeVisible();
  });

  test("the Spanish pages have no serious accessibility violations", async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of [
      "/es/events",
      "/es/events?zip=06108&radius=10",
      "/es/events?zip=00000",
      "/es/events/past",
      "/es/departments",
      `/es/departments/${DEPARTMENT}`,
      `/es/venues/${VENUE}`,
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expectNoSeriousViolations(page, path);
    }
  });
});
