// Shared steps for the Spanish event page specs (with and without JavaScript).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const SPANISH_LONG_DATE =
  /(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d/;
export const SPANISH_ZONE = /hora del (Pacífico|Este|Centro|de la Montaña)/;
export const RECIBIDO = "Gracias. Recibimos su mensaje; aparecerá aquí cuando un moderador lo revise.";

/**
 * Opens the Spanish page of the next Peirano's event in Ventura (it has approved comments),
 * found through the public API; gives the English address.
 */
export async function openSpanishEvent(page: Page): Promise<string> {
  const answer = await page.request.get("/api/events?department=ventura-police");
  const { events } = (await answer.json()) as { events: { slug: string; title: string }[] };
  const event = events.find((candidate) => candidate.title.includes("Peirano"));
  expect(event, "a demo event at Peirano's").toBeDefined();
  const english = `/events/${event!.slug}`;
  await page.goto(`/es${english}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { name: "Preguntas y comentarios" })).toBeVisible();
  return english;
}

/** The main comment form ("Su pregunta o comentario"), filled as a person would, taking a person's time. */
export async function fillSpanishComment(page: Page, { name, body }: { name: string; body: string }) {
  const form = page.locator("form").filter({ has: page.getByLabel("Su pregunta o comentario") });
  await form.getByLabel("Su nombre").fill(name);
  await form.getByLabel("Su pregunta o comentario").fill(body);
  // The time trap treats a form sent within 3 s of being shown as a bot's.
  await page.waitForTimeout(3_200);
  return form;
}

/** Sends the main form with a name and no question; gives the alert above it and the form again. */
export async function sendEmptySpanishQuestion(page: Page) {
  const form = await fillSpanishComment(page, { name: "Rosa M.", body: "" });
  await form.getByRole("button", { name: "Enviar" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Revise los campos marcados abajo." });
  await expect(alert).toBeVisible();
  const refilled = page.locator("form").filter({ has: page.getByLabel("Su pregunta o comentario") });
  await expect(refilled.getByLabel("Su nombre")).toHaveValue("Rosa M.");
  return { alert, form: refilled };
}

export async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(axe.violations).toEqual([]);
}
