// Emails go out in their recipient's language: a resident who asked on the Spanish page is
// told in Spanish that the follow-up is done, and an invitation sent in Spanish is in
// Spanish, each with a link to the Spanish page.
import { expect, test } from "./fixtures/auth";
import { withE2eDatabase } from "./fixtures/database";
import { heldEventWithQuestion } from "./recaps-helpers";

test("a resident who asks on the Spanish page gets the follow-up notice in Spanish, with a link to the Spanish page", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const event = await heldEventWithQuestion();
  const suffix = Date.now().toString(36);
  const asker = `Lucía Fernández ${suffix}`;
  const email = `lucia.${suffix}@example.com`;
  const promise = `Revisar el semáforo de la calle Main ${suffix}`;

  await page.goto(`/es/events/${event.slug}`);
  const form = page.locator("form").filter({ has: page.getByLabel("Su pregunta o comentario") });
  await form.getByLabel("Su nombre").fill(asker);
  await form.getByLabel("Correo electrónico (opcional)").fill(email);
  await form.getByLabel("Su pregunta o comentario").fill("¿Pueden revisar el semáforo de la calle Main?");
  await page.waitForTimeout(3_200); // the time trap: a person takes a moment
  await form.getByRole("button", { name: "Enviar" }).click();
  await expect(page.getByText(/Recibimos su mensaje/)).toBeVisible();
  const stored = await withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ authorLocale: string }>(
      `UPDATE "Comment" SET status = 'APPROVED' WHERE "authorEmail" = $1 RETURNING "authorLocale"`,
      [email],
    );
    return rows;
  });
  expect(stored).toEqual([{ authorLocale: "es" }]);

  await signInAs("staff");
  // The Spanish page remembered the language: /en/ switches back for the English staff steps.
  await page.goto(`/en/admin/events/${event.id}`);
  await page.getByRole("link", { name: "Write or update the recap" }).click();
  await page.getByLabel("About how many people came").fill("15");
  await page
    .getByLabel("What was talked about")
    .fill("Vecinos preguntaron por el semáforo de la calle Main.");
  await page.getByRole("button", { name: "Publish the recap" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Recap published" })).toBeVisible();
  const addForm = page.getByRole("region", { name: "Add a follow-up" });
  await addForm.getByLabel("What the department will look into").fill(promise);
  await addForm.getByRole("checkbox", { name: new RegExp(asker) }).check();
  await addForm.getByRole("button", { name: "Add the follow-up" }).click();
  const followUp = page.getByRole("article", { name: promise });
  await followUp.getByLabel("Where it stands").selectOption("DONE");
  await followUp.getByLabel("Note for residents").fill("El semáforo se reparó el martes.");
  await followUp.getByRole("button", { name: "Save the update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked done" })).toBeVisible();

  await signInAs("admin");
  await expect(async () => {
    await page.goto("/en/admin/outbox");
    await expect(page.getByText(`To ${email}`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [1_000] });
  const notice = page.getByRole("article", { name: `Hecho: ${promise}` });
  await expect(notice).toContainText(`Hola, ${asker}:`);
  await expect(notice).toContainText("usted preguntó");
  await expect(notice).toContainText("Su nota: El semáforo se reparó el martes.");
  await expect(notice).toContainText(`/es/events/${event.slug}#follow-up-`);
  await expect(notice).not.toContainText("you asked");
});

test("an invitation sent from the Spanish staff page goes out in Spanish, and the link opens the Spanish page", async ({
  page,
  signInAs,
}) => {
  const email = `invitada.${Date.now().toString(36)}@example.test`;
  await signInAs("admin");
  await page.goto("/es/admin/users");
  const language = page.getByLabel("Idioma de la invitación");
  await expect(language).toHaveValue("es");
  await page.getByLabel("Nombre", { exact: true }).fill("Marta Ruiz");
  await page.getByLabel("Correo electrónico", { exact: true }).fill(email);
  await page.getByLabel("Departamento").selectOption({ label: "East Hartford Police Department (CT)" });
  await page.getByLabel("Permitir este correo de todos modos").check();
  await page.getByRole("button", { name: "Enviar invitación" }).click();
  await expect(page.getByRole("status").first()).toContainText("Invitación");

  await page.goto("/en/admin/outbox");
  const invitation = page.getByRole("article").filter({ hasText: `To ${email}` });
  await expect(invitation).toContainText(
    "Lo invitan a Coffee with a Cop por East Hartford Police Department",
  );
  await expect(invitation).toContainText("Elija su contraseña aquí");
  const link = /https?:\/\/\S+\/es\/account\/accept-invitation\?token=[\w-]+/.exec(
    (await invitation.textContent()) ?? "",
  )?.[0];
  expect(link, "a link to the Spanish page").toBeTruthy();
  const url = new URL(link!);
  await page.context().clearCookies();
  await page.goto(url.pathname + url.search);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});
