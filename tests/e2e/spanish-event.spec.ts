// A Spanish-speaking resident on an event page (issue 13): the page, its date, its
// calendar file, and a question asked in Spanish, answered in Spanish.
import { expect, test } from "@playwright/test";
import { uniqueText } from "./comments-helpers";
import {
  expectNoAxeViolations,
  fillSpanishComment,
  openSpanishEvent,
  RECIBIDO,
  sendEmptySpanishQuestion,
  SPANISH_LONG_DATE,
  SPANISH_ZONE,
} from "./spanish-event-helpers";

test.describe("an event page in Spanish", () => {
  test("reads in Spanish: headings, its date and zone, hosts, comments, its twin in <head>; axe finds nothing", async ({
    page,
  }) => {
    const english = await openSpanishEvent(page);
    const when = page.locator("dt", { hasText: "Cuándo" }).locator("+ dd");
    await expect(when).toHaveText(SPANISH_LONG_DATE);
    await expect(when).toContainText(SPANISH_ZONE);
    await expect(page.locator("dt", { hasText: "Organizadores" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sobre este evento" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Comentario de Maria Gutierrez" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Haga una pregunta o deje un comentario" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Imprimir un volante" })).toHaveAttribute(
      "href",
      `/es${english}/flyer`,
    );
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]),
      );
    expect(alternates).toEqual(
      expect.arrayContaining([
        ["en", english],
        ["es", `/es${english}`],
      ]),
    );
    await expect(page).toHaveTitle(/Coffee with a Cop/);
    await expectNoAxeViolations(page);
  });

  test("its calendar box is in Spanish and downloads the Spanish calendar file", async ({ page }) => {
    await openSpanishEvent(page);
    await expect(page.getByRole("heading", { name: "Agregue el evento a su calendario" })).toBeVisible();
    const link = page.getByRole("link", { name: "Descargar archivo de calendario (.ics)" });
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/es\/events\/[^/]+\/event\.ics$/);
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/text\/calendar/);
    expect(await response.text()).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z/);
  });

  test("a question is received with the Spanish confirmation, which takes the focus", async ({ page }) => {
    await openSpanishEvent(page);
    const form = await fillSpanishComment(page, {
      name: "Rosa M.",
      body: uniqueText("¿Habrá café descafeinado?"),
    });
    await form.getByRole("button", { name: "Enviar" }).click();
    const status = page.getByRole("status").filter({ hasText: RECIBIDO });
    await expect(status).toBeVisible();
    await expect(status).toBeFocused();
  });

  test("an empty question comes back with the Spanish message next to the field, and the name kept", async ({
    page,
  }) => {
    await openSpanishEvent(page);
    const { alert, form } = await sendEmptySpanishQuestion(page);
    await expect(alert).toBeFocused();
    await expect(form.getByLabel("Su pregunta o comentario")).toHaveAccessibleDescription(
      /Escriba su pregunta o comentario\./,
    );
  });

  test("the sign-in page in Spanish; axe finds nothing", async ({ page }) => {
    await page.goto("/es/signin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iniciar sesión");
    await expect(page.getByLabel("Correo electrónico")).toBeVisible();
    await expect(page.getByLabel("Contraseña")).toBeVisible();
    await expect(page.getByRole("link", { name: "¿Olvidó su contraseña?" })).toHaveAttribute(
      "href",
      "/es/account/forgot-password",
    );
    await expectNoAxeViolations(page);
  });
});
