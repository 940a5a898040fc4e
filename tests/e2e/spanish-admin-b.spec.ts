// The staff area in Spanish (issue 13), helper B's part: moderation, departments, people,
// recaps, reports and the flyer's page. Each test signs in and opens /es/admin/…; the
// answers of the forms come back in Spanish, while the English pages keep their words
// (checked by the English specs).
import { expect, test } from "./fixtures/auth";
import { fillComment, openEvent, RECEIVED, uniqueText } from "./comments-helpers";
import { publishedEventOf } from "./department-logo-helpers";
import { heldEventWithQuestion } from "./recaps-helpers";

test("a moderator works the queue in Spanish, and the decisions are answered in Spanish", async ({
  page,
  signInAs,
}) => {
  await openEvent(page, "ventura-police", "Peirano");
  const text = uniqueText("¿Habrá café descafeinado?");
  const form = await fillComment(page, { name: "Rosa Elena Quiroga", body: text });
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form.getByRole("status")).toHaveText(RECEIVED);

  await signInAs("moderator");
  await page.goto("/es/admin/moderation");
  await expect(page).toHaveTitle(/Moderación/);
  await expect(page.getByRole("heading", { level: 1, name: "Moderación" })).toBeVisible();
  await expect(page.getByLabel("Mostrar", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Filtrar" })).toBeVisible();

  // Nothing ticked: the error comes back in Spanish.
  await page.getByRole("button", { name: "Aprobar seleccionados" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Primero seleccione al menos un comentario." }),
  ).toBeVisible();

  const row = page.locator("[data-queue-row]").filter({ hasText: text });
  await expect(row.getByText("Agregar un motivo del rechazo (opcional)")).toBeVisible();
  await row.getByRole("button", { name: "Aprobar: comentario de Rosa Elena Quiroga" }).click();
  await expect(page.getByRole("status")).toHaveText("Aprobados: 1 comentario.");
});

test("a site admin creates a department in Spanish, and a bad web address name is explained in Spanish", async ({
  page,
  signInAs,
}) => {
  await signInAs("admin");
  await page.goto("/es/admin/departments");
  await expect(page.getByRole("heading", { level: 1, name: "Departamentos" })).toBeVisible();
  await page.getByRole("link", { name: "Nuevo departamento" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/departments\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Nuevo departamento" })).toBeVisible();

  await page.getByLabel("Nombre", { exact: true }).fill("Departamento de Policía de Prueba");
  await page.getByLabel("Nombre en la dirección web").fill("Not A Slug!");
  await page.getByRole("button", { name: "Crear departamento" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Nombre en la dirección web: Use letras minúsculas" }),
  ).toBeVisible();
  await expect(
    page.getByText("Use letras minúsculas, números y guiones, p. ej. east-hartford-police.").last(),
  ).toBeVisible();
  await expect(page.getByLabel("Nombre en la dirección web")).toHaveValue("Not A Slug!");
});

test("a site admin reads the people pages in Spanish, and a missing role is explained in Spanish", async ({
  page,
  signInAs,
}) => {
  await signInAs("admin");
  await page.goto("/es/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Personas" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Invitar a alguien" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Todas las personas con cuenta" })).toBeVisible();
  await expect(page.getByLabel("Función", { exact: true })).toBeVisible();

  // Without a department, the invitation is refused with the field's message in Spanish.
  await page.getByLabel("Nombre", { exact: true }).fill("Marisol Ibarra");
  await page.getByLabel("Correo electrónico", { exact: true }).fill(`marisol.${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Enviar invitación" }).click();
  await expect(page.getByText("Elija un departamento.").last()).toBeVisible();
});

test("staff write a recap in Spanish, and a missing attendance is explained in Spanish", async ({
  page,
  signInAs,
}) => {
  const event = await heldEventWithQuestion();
  await signInAs("staff");
  await page.goto(`/es/admin/events/${event.id}/recap`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Resumen:");
  await expect(page.getByRole("heading", { level: 2, name: "Escribir el resumen" })).toBeVisible();
  await expect(page.getByLabel("Cuántas personas vinieron, más o menos")).toBeVisible();

  await page.getByRole("button", { name: "Publicar el resumen" }).click();
  await expect(
    page.getByText("Escriba cuántas personas vinieron, más o menos, como número entero, p. ej. 25.").last(),
  ).toBeVisible();
});

test("staff read the department report in Spanish, with the filters' messages in Spanish", async ({
  page,
  signInAs,
}) => {
  await signInAs("staff");
  await page.goto("/es/admin/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Informe del departamento" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Todo el período");
  await expect(
    page.getByRole("img", { name: /Eventos realizados y asistencia registrada por mes/ }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Descargar estas cifras (CSV)" })).toBeVisible();

  await page.goto("/es/admin/reports?from=2026-13");
  await expect(page.getByText("Escriba el primer mes como AAAA-MM, p. ej. 2026-09.")).toBeVisible();
  await page.getByRole("button", { name: "Mostrar el informe" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/reports\?/);
});

test("the flyer's page speaks Spanish around a flyer that stays in both languages", async ({ page }) => {
  const slug = await publishedEventOf("east-hartford-police");
  await page.goto(`/es/events/${slug}/flyer`);
  await expect(page.getByText(/Tamaño del papel:/)).toBeVisible();
  const flyer = page.getByRole("article", { name: "Volante" });
  await expect(flyer.getByText("No agenda, everyone welcome.")).toBeVisible();
  await expect(flyer.getByText("Sin agenda, todos son bienvenidos.")).toBeVisible();
  await expect(flyer.getByText("In an emergency call 911")).toBeVisible();
  await expect(flyer.getByText("En una emergencia llame al 911")).toBeVisible();
});
