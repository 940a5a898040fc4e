import { expect, test } from "./fixtures/auth";

// Run by the "no-javascript" project: the Spanish search forms need nothing but HTML,
// and their answers stay in Spanish.
test.describe("a resident searches in Spanish without JavaScript", () => {
  test("the search form finds events near ZIP 06108 on the Spanish results page", async ({ page }) => {
    await page.goto("/es/events");
    await page.getByLabel("Código postal (ZIP)").fill("06108");
    await page.getByLabel("A menos de").selectOption("10");
    await page.getByRole("button", { name: "Buscar eventos", exact: true }).click();
    await expect(page).toHaveURL(/\/es\/events\?zip=06108&radius=10(&when=any)?$/);
    await expect(page.getByRole("heading", { name: /eventos? a menos de 10 millas de 06108/ })).toBeVisible();
    const miles = await page.getByText(/^A [\d.]+ millas/).count();
    expect(miles).toBeGreaterThan(3);
  });

  test("the full search form keeps what was typed and explains a bad date in Spanish", async ({ page }) => {
    await page.goto("/es/events");
    await page.getByLabel("Código postal (ZIP)").fill("06108");
    await page.getByText("Más filtros: fechas, departamento, tipo, idioma").click();
    await page.getByLabel("Desde (fecha elegida)").fill("2026-12-01");
    await page.getByLabel("Hasta (fecha elegida)").fill("2026-11-01");
    await page.getByRole("button", { name: "Buscar eventos", exact: true }).click();
    await expect(page).toHaveURL(/\/es\/events\?/);
    await expect(page.getByLabel("Código postal (ZIP)")).toHaveValue("06108");
    await expect(page.getByLabel("Hasta (fecha elegida)")).toHaveAccessibleDescription(
      /La fecha final debe ser igual o posterior a la fecha inicial/,
    );
    await expect(page.getByRole("alert").filter({ hasText: "Revise la búsqueda" })).toBeVisible();
  });

  test("the archive's filter stays in Spanish", async ({ page }) => {
    await page.goto("/es/events/past");
    await page.getByLabel("Departamento").selectOption({ label: "East Hartford Police Department" });
    await page.getByRole("button", { name: "Mostrar" }).click();
    await expect(page).toHaveURL(/\/es\/events\/past\?department=east-hartford-police/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Eventos pasados: East Hartford Police Department" }),
    ).toBeVisible();
  });
});
