// Site admins set who the trust pages name as the site's operator, in either language,
// without JavaScript; a mistyped address is answered next to its field with the text kept.
import { expect, test } from "./fixtures/auth";
import { withE2eDatabase } from "./fixtures/database";

/**
 * The settings are one row for the whole site, and both projects (with and without
 * JavaScript) run this spec, maybe at once: each run holds a PostgreSQL advisory lock
 * while it writes and reads them back (released when its connection closes).
 */
const settingsToThemselves = (run: () => Promise<void>) =>
  withE2eDatabase(async (db) => {
    await db.query("SELECT pg_advisory_lock(hashtext('e2e:site-settings'))");
    await run();
  });

test("a site admin sets the operator's details from the Spanish page without JavaScript, and the trust pages show them", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(90_000);
  await settingsToThemselves(async () => {
    const operator = `la oficina de informática de Ventura ${Date.now().toString(36)}`;
    await signInAs("admin");
    await page.goto("/es/admin/site");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Configuración del sitio");
    await page.getByLabel("Quién administra este sitio").fill(operator);
    await page.getByLabel("Correo de contacto", { exact: true }).fill("webmaster@");
    await page.getByRole("button", { name: "Guardar configuración" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Corrija los campos" })).toBeVisible();
    await expect(
      page.getByText("Escriba una dirección de correo electrónico como nombre@ejemplo.org.").first(),
    ).toBeVisible();
    await expect(page.getByLabel("Quién administra este sitio")).toHaveValue(operator);
    await expect(page.getByLabel("Correo de contacto", { exact: true })).toHaveValue("webmaster@");

    await page.getByLabel("Correo de contacto", { exact: true }).fill("webmaster@ventura.example.gov");
    await page.getByLabel("Correo de contacto para accesibilidad").fill("accesibilidad@ventura.example.gov");
    await page.getByRole("button", { name: "Guardar configuración" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Guardado." })).toBeVisible();
    await expect(page.getByLabel("Quién administra este sitio")).toHaveValue(operator);

    await page.goto("/es/contact");
    await expect(page.getByRole("main")).toContainText(
      `Escriba a ${operator} a webmaster@ventura.example.gov.`,
    );
    await page.goto("/en/accessibility");
    await expect(page.getByRole("main")).toContainText(
      `Write to ${operator} at accesibilidad@ventura.example.gov.`,
    );

    // The English page edits the same settings; emptied fields fall back to the server's.
    await page.goto("/en/admin/site");
    await expect(page.getByLabel("Who runs this site")).toHaveValue(operator);
    for (const label of ["Who runs this site", "Contact email", "Accessibility contact email"]) {
      await page.getByLabel(label, { exact: true }).fill("");
    }
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.goto("/en/contact");
    await expect(page.getByRole("main")).not.toContainText(operator);
    // Nobody named the operator (the e2e site sets no SITE_OPERATOR): each language says it in its own words.
    await page.goto("/es/privacy");
    await expect(page.getByRole("main")).toContainText("el equipo que administra este sitio");
  });
});

test("staff who are not site admins get a 404 on the site settings page", async ({ page, signInAs }) => {
  await signInAs("staff");
  for (const path of ["/admin/site", "/es/admin/site"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
