// The Spanish event page without JavaScript (issue 13): the date, the calendar file, and
// a question posted by the plain form, answered in Spanish where the resident lands.
import { expect, test } from "@playwright/test";
import { uniqueText } from "./comments-helpers";
import {
  fillSpanishComment,
  openSpanishEvent,
  RECIBIDO,
  sendEmptySpanishQuestion,
  SPANISH_LONG_DATE,
  SPANISH_ZONE,
} from "./spanish-event-helpers";

test.describe("an event page in Spanish, without JavaScript", () => {
  test("shows its date in Spanish and offers its calendar file", async ({ page }) => {
    await openSpanishEvent(page);
    const when = page.locator("dt", { hasText: "Cuándo" }).locator("+ dd");
    await expect(when).toHaveText(SPANISH_LONG_DATE);
    await expect(when).toContainText(SPANISH_ZONE);
    const response = await page.request.get(
      (await page.locator('a[href$="/event.ics"]').getAttribute("href"))!,
    );
    expect(await response.text()).toMatch(/BEGIN:VEVENT/);
  });

  test("a question lands on the Spanish confirmation", async ({ page }) => {
    const english = await openSpanishEvent(page);
    const form = await fillSpanishComment(page, {
      name: "Rosa M.",
      body: uniqueText("¿Hay estacionamiento?"),
    });
    await form.getByRole("button", { name: "Enviar" }).click();
    await expect(page).toHaveURL(new RegExp(`/es${english}`));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const status = page.getByRole("status").filter({ hasText: RECIBIDO });
    await expect(status).toBeVisible();
    await expect(status).toBeInViewport();
  });

  test("an empty question lands on the Spanish error with the name kept", async ({ page }) => {
    await openSpanishEvent(page);
    const { alert, form } = await sendEmptySpanishQuestion(page);
    await expect(alert).toBeInViewport();
    await expect(form.getByText("Escriba su pregunta o comentario.")).toBeVisible();
  });
});
