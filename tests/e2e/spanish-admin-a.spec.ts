// The staff area in Spanish (issue 13), part A: the menu, the dashboard, events, series,
// venues, the audit log and the account page under /es/admin, and a form's errors coming
// back in Spanish. Visiting /es sets NEXT_LOCALE in this browser context only.
import { DEMO_ACCOUNTS, expect, signInWithApi, test } from "./fixtures/auth";

test("a staff member finds the staff area's menu, dashboard and lists in Spanish", async ({
  page,
  signInAs,
}) => {
  await signInAs("staff");
  await page.goto("/es/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Panel" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Requiere su atención" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
  await expect(page).toHaveTitle(/^Panel · /);

  const menu = page.getByRole("navigation", { name: "Administración" });
  await expect(menu.getByRole("link", { name: "Eventos" })).toHaveAttribute("href", "/es/admin/events");
  await menu.getByRole("link", { name: "Eventos" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/events$/);
  await expect(page.getByRole("heading", { level: 1, name: "Eventos" })).toBeVisible();
  // The staff layout's title template applies to the pages below it.
  await expect(page).toHaveTitle(/^Eventos · Administración · Coffee with a Cop$/);
  await expect(page.getByRole("link", { name: "Nuevo evento" })).toHaveAttribute(
    "href",
    "/es/admin/events/new",
  );
  const tabs = page.getByRole("navigation", { name: "Qué eventos" });
  await expect(tabs.getByRole("link", { name: "Próximos" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Borradores" })).toBeVisible();

  await page.goto("/es/admin/series");
  await expect(page.getByRole("heading", { level: 1, name: "Series recurrentes" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nueva serie" })).toBeVisible();

  await page.goto("/es/admin/venues");
  await expect(page.getByRole("heading", { level: 1, name: "Lugares" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lugares que puede editar" })).toBeVisible();

  await page.goto("/es/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Registro de auditoría" })).toBeVisible();

  await page.goto("/es/admin/account");
  await expect(page.getByRole("heading", { level: 1, name: "Mi cuenta" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cambiar contraseña" })).toBeVisible();
});

test("the Spanish event and series forms label their fields in Spanish", async ({ page, signInAs }) => {
  await signInAs("staff");
  await page.goto("/es/admin/events/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nuevo evento" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Qué", exact: true })).toBeVisible();
  await expect(page.getByLabel("Título", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Descripción", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Lugar", { exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Vietnamita (Tiếng Việt)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publicar ahora" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Guardar como borrador" })).toBeVisible();

  await page.goto("/es/admin/series/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nueva serie recurrente" })).toBeVisible();
  await expect(page.getByLabel("Se repite")).toBeVisible();
  await expect(page.getByRole("button", { name: "Crear y publicar" })).toBeVisible();
});

test("an event form sent from a Spanish page answers its errors in Spanish", async ({ page, signInAs }) => {
  await signInAs("staff");
  await page.goto("/es/admin/events/new");
  await page.getByLabel("Título", { exact: true }).fill("Caf");
  await page
    .getByLabel("Descripción", { exact: true })
    .fill("Conozca a los agentes de East Hartford con un café. Todos son bienvenidos.");
  await page
    .getByLabel("Fecha", { exact: true })
    .fill(new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("Lugar", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Publicar ahora" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "Corrija los campos marcados abajo." });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Título: Use al menos 5 caracteres para el título.");
  await expect(page.getByLabel("Título", { exact: true })).toHaveValue("Caf");
  await expect(page.getByLabel("Título", { exact: true })).toHaveAttribute("aria-invalid", "true");
});

test("a Spanish staff page sends a signed-out visitor to the Spanish sign-in, and back to it", async ({
  page,
}) => {
  await page.goto("/es/admin/events");
  await expect(page).toHaveURL(/\/es\/signin\?callbackUrl=%2Fes%2Fadmin%2Fevents(&|$)/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

test("a Spanish event published from its form is confirmed in Spanish", async ({ page, signInAs }) => {
  await signInAs("staff");
  await page.goto("/es/admin/events/new");
  await page.getByLabel("Título", { exact: true }).fill(`Café con la policía ${Date.now()}`);
  await page
    .getByLabel("Descripción", { exact: true })
    .fill("Conozca a los agentes con un café. Todos son bienvenidos, sin agenda.");
  await page
    .getByLabel("Fecha", { exact: true })
    .fill(new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("Lugar", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Publicar ahora" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/events\/[^/?]+\?notice=published/);
  await expect(page.getByRole("status")).toHaveText("Publicado: los residentes ya pueden verlo.");
});

test("signing out of a Spanish staff page lands on the Spanish sign-in page", async ({ page, context }) => {
  // A session of this test's own: signing out ends it, and signInAs shares its session
  // with the worker's other tests.
  const { email, password } = DEMO_ACCOUNTS.staff;
  expect((await signInWithApi(context.request, email, password)).status()).toBe(302);
  await page.goto("/es/admin");
  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/es\/signin\?signedOut=1(&|$)/);
  await expect(page.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
});
