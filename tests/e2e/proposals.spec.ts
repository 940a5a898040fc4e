import { expect, test } from "./fixtures/auth";
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from "./recaps-helpers";
import { SPANISH, fillProposal, outboxEmail, storedProposal, uniqueProposal } from "./proposals-helpers";

test("a café owner proposes an event from a department's page; its staff accept it into a draft event", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000); // two sign-ins, several page loads and axe scans on a busy machine
  const text = uniqueProposal();
  await page.goto("/departments/east-hartford-police");
  await page.getByRole("link", { name: "Propose an event with this department" }).click();
  await expect(page).toHaveURL(/\/propose\?department=east-hartford-police$/);
  await expect(page.getByRole("heading", { level: 1, name: "Propose an event" })).toBeVisible();
  await expect(page.getByLabel("Department you would like to meet")).toHaveValue(/.+/);
  await expect(page.getByLabel("Department you would like to meet").locator("option:checked")).toHaveText(
    "East Hartford Police Department (CT)",
  );
  await expectNoSeriousAxeViolations(page, "proposal form");
  // Keyboard only: the controls follow in reading order (the honeypot is never reached).
  await page.getByLabel("Department you would like to meet").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Place", { exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Name of the place")).toBeFocused();
  await page.screenshot({ path: "test-results/screenshots/propose-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "test-results/screenshots/propose-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  await fillProposal(page, text);
  await page.getByRole("button", { name: "Send the proposal" }).click();
  const thanks = page.getByRole("status");
  await expect(thanks).toContainText("Your proposal was sent to East Hartford Police Department.");
  await expect(thanks).toContainText("You will get an email when their staff answer.");
  await expect(thanks).toBeFocused();

  // Never public until a department makes it an event.
  await page.goto("/departments/east-hartford-police");
  await expect(page.getByText(text.place)).toHaveCount(0);

  await signInAs("staff");
  await page.goto("/admin");
  await page
    .getByRole("region", { name: "Needs your attention" })
    .getByRole("link", { name: /event proposals? to answer/ })
    .click();
  await expect(page).toHaveURL(/\/admin\/proposals$/);
  await expectNoSeriousAxeViolations(page, "staff proposals list");
  await page.getByRole("link", { name: new RegExp(`Review the proposal from ${text.place}`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(text.place);
  await expect(page.getByRole("link", { name: text.email })).toBeVisible();
  await expect(page.getByText(text.note)).toBeVisible();
  await expectNoSeriousAxeViolations(page, "staff proposal page");
  await page.screenshot({ path: "test-results/screenshots/proposal-staff-1280.png", fullPage: true });

  await page.getByRole("link", { name: "Accept and prepare a draft event" }).click();
  // The existing event form, filled in from the proposal.
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`Coffee with a Cop at ${text.place}`);
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue(text.date);
  await expect(page.getByLabel("Venue name")).toHaveValue(text.place);
  await expect(page.getByLabel("ZIP code")).toHaveValue("06108");
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await page.getByRole("button", { name: "Save as a draft event" }).click();

  await expect(page).toHaveURL(/\/admin\/events\/[^/?]+\?notice=proposal-accepted$/);
  await expect(page.getByRole("status")).toContainText("Proposal accepted");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Coffee with a Cop at ${text.place}`);
  await page.goto("/admin/events?show=drafts");
  await expect(page.getByRole("link", { name: `Coffee with a Cop at ${text.place}` }).first()).toBeVisible();

  // The proposal now says it was accepted, and the draft is still not public.
  await page.goto("/admin/proposals");
  await expect(
    page
      .getByRole("list", { name: /answered recently/i })
      .getByRole("link", { name: new RegExp(text.place) }),
  ).toBeVisible();
  await page.goto("/departments/east-hartford-police");
  await expect(page.getByText(text.place)).toHaveCount(0);
});

test("in Spanish, bad input is answered next to the fields with the text kept; a declined proposal's reason is emailed in Spanish", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000); // two sign-ins, several page loads and axe scans on a busy machine
  const text = uniqueProposal();
  await page.goto("/es/propose");
  await expect(page.getByRole("heading", { level: 1, name: "Proponer un evento" })).toBeVisible();
  await page.getByLabel("Departamento con el que le gustaría reunirse").selectOption({
    label: "East Hartford Police Department (CT)",
  });
  await page.getByLabel("Su nota para el departamento").fill("Hola");
  await page.getByLabel("Su correo electrónico (opcional)").fill("rosa@");
  await page.getByRole("button", { name: "Enviar la propuesta" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "Corrija los campos" });
  await expect(alert).toBeFocused();
  await expect(page.getByText("Escriba al menos una fecha.").last()).toBeVisible();
  await expect(
    page.getByText("Elija un lugar de la lista, o la última opción para escribir uno nuevo.").last(),
  ).toBeVisible();
  await expect(page.getByText(/Escriba al menos 10 caracteres/).last()).toBeVisible();
  await expect(page.getByText(/Escriba un correo electrónico como nombre@ejemplo.org/).last()).toBeVisible();
  await expect(page.getByLabel("Su nota para el departamento")).toHaveValue("Hola");
  await expect(page.getByLabel("Su correo electrónico (opcional)")).toHaveValue("rosa@");
  await expect(page.getByLabel("Su nota para el departamento")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousAxeViolations(page, "Spanish proposal form with errors");

  await fillProposal(page, text, SPANISH);
  await page.getByRole("button", { name: "Enviar la propuesta" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Su propuesta se envió a East Hartford Police Department.",
  );

  // The staff area follows the language chosen on the public site.
  await signInAs("staff");
  await page.goto("/es/admin/proposals");
  await page.getByRole("link", { name: new RegExp(`Revisar la propuesta de ${text.place}`) }).click();
  await expect(
    page.getByText("Propuesta en español; el correo de respuesta se escribe en ese idioma."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Rechazar la propuesta" }).click();
  await expect(page.getByText("Escriba el motivo que leerá quien propuso.").last()).toBeVisible();
  const reason =
    "Nuestros agentes están en la feria del condado esa semana. ¿Podría sugerir fechas en octubre?";
  await page.getByLabel("Motivo (se envía a quien la propuso)").fill(reason);
  await page.getByRole("button", { name: "Rechazar la propuesta" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/proposals\?notice=proposal-declined(#.*)?$/);
  await expect(page.getByRole("status").filter({ hasText: "Propuesta rechazada." })).toBeVisible();

  // The job runner emails the reason, in the language the proposal was written in.
  await signInAs("admin");
  const email = await outboxEmail(
    page,
    text.email,
    "East Hartford Police Department respondió a su propuesta de evento",
  );
  await expect(email).toContainText(reason);
  await expect(email).toContainText("Hola, Rosa Delgado:");
  await expect(email).toContainText("/es/propose");
});

test("staff without a role in the proposal's department get a 404, and signed-out visitors the sign-in page", async ({
  page,
  signInAs,
}) => {
  const id = await storedProposal();
  const signedOut = await page.goto(`/admin/proposals/${id}`);
  expect(signedOut?.status()).toBe(200);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  await signInAs("moderator");
  for (const path of ["/admin/proposals", `/admin/proposals/${id}`, `/admin/proposals/${id}/accept`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
