// Alerts by email without JavaScript, in English and Spanish: the sign-up answers in
// place (an error keeps what was typed), the confirmation button and the unsubscribe
// button of the email's links are plain form posts.
import { expect, test } from "./fixtures/auth";
import { linkIn, outboxEmail, publishEvent, uniqueEmail, waitLikeAPerson } from "./alerts-helpers";

test.describe("alerts by email without JavaScript", () => {
  test("sign up, fix a mistake, confirm, hear of a new event, and unsubscribe from the email's link", async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("nojs");
    await page.goto("/alerts?zip=06108");
    await page.getByLabel("Your email address").fill(email);
    await page.getByRole("textbox", { name: "ZIP code" }).fill("0610");
    await waitLikeAPerson(page);
    await page.getByRole("button", { name: "Send me a confirmation link" }).click();
    await expect(page.locator("#alerts-status")).toContainText("Enter a 5-digit ZIP code, e.g. 06108.");
    await expect(page.getByLabel("Your email address")).toHaveValue(email);
    await page.getByRole("textbox", { name: "ZIP code" }).fill("06108");
    await page.getByRole("button", { name: "Send me a confirmation link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Almost done" })).toContainText(email);

    await signInAs("admin");
    const confirmation = await outboxEmail(page, email, "Please confirm your Coffee with a Cop alerts");
    await page.goto(linkIn(confirmation, "confirm"));
    await page.getByRole("button", { name: "Confirm my alerts" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Your alerts are on. We will email you about new events.",
    );

    const title = `Coffee without scripts ${Date.now()}`;
    await signInAs("staff");
    await publishEvent(page, { title, venue: "Dunkin" });
    await signInAs("admin");
    const alert = await outboxEmail(page, email, `New event: ${title}`);
    await page.goto(linkIn(alert, "unsubscribe"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unsubscribe from alerts");
    await expect(page.getByText("New events within 10 miles of ZIP 06108")).toBeVisible();
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your alerts are stopped");
    await page.goto(linkIn(alert, "manage"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  });

  test("in Spanish: the form, its answer and the confirmation email are in Spanish", async ({
    page,
    signInAs,
  }) => {
    const email = uniqueEmail("es-nojs");
    await page.goto("/es/departments/east-hartford-police");
    await page.getByRole("link", { name: "Reciba avisos de este departamento" }).click();
    await expect(page.getByRole("radio", { name: "Eventos nuevos de un departamento" })).toBeChecked();
    await page.getByLabel("Su correo electrónico").fill(email);
    await page.getByRole("radio", { name: /Una vez por semana/ }).check();
    await waitLikeAPerson(page);
    await page.getByRole("button", { name: "Envíenme un enlace de confirmación" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ya casi termina" })).toContainText(email);

    await signInAs("admin");
    const confirmation = await outboxEmail(page, email, "Confirme sus avisos de Coffee with a Cop");
    expect(confirmation).toContain("eventos nuevos de Coffee with a Cop de East Hartford Police Department");
    expect(confirmation).toContain("un resumen semanal");
    await page.goto(linkIn(confirmation, "confirm"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirme sus avisos");
    await page.getByRole("button", { name: "Confirmar mis avisos" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Sus avisos están activos. Le escribiremos cuando haya eventos nuevos.",
    );
    await expect(page.getByRole("radio", { name: /Una vez por semana/ })).toBeChecked();
  });
});
