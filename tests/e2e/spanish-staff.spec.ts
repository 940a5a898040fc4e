// Staff give an event a Spanish title and description; the Spanish page shows them, the
// English page keeps the English, and text only given in English is marked as English on
// a Spanish page (WCAG 3.1.2).
import { expect, test } from "./fixtures/auth";
import { daysAhead } from "../support/dates";

test("a staff member posts an event with a Spanish description, and the Spanish page shows it", async ({
  page,
  signInAs,
}) => {
  await signInAs("staff");
  await page.goto("/admin/events/new");
  const stamp = Date.now();
  const title = `Coffee on Main Street ${stamp}`;
  const titleEs = `Café en Main Street ${stamp}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("Description", { exact: true })
    .fill("Bring your questions about the new bike lanes. Officers will be there.");
  await page.getByLabel("Title in Spanish (optional)").fill(titleEs);
  await page
    .getByLabel("Description in Spanish (optional)")
    .fill("Traiga sus preguntas sobre los nuevos carriles para bicicletas. Habrá agentes.");
  await page.getByLabel("Date").fill(daysAhead(15));
  await page.getByLabel("Starts at").fill("08:00");
  await page.getByLabel("Ends at").fill("09:30");
  await page.getByLabel("Venue", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  const path = await page.getByRole("link", { name: "View the public page" }).getAttribute("href");
  expect(path).toMatch(/^\/events\//);

  await page.goto(`/es${path}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(titleEs);
  await expect(page.getByRole("main")).toContainText("Traiga sus preguntas sobre los nuevos carriles");
  await expect(page.getByRole("main")).not.toContainText("Bring your questions about the new bike lanes");

  // Back to English the way a person would: the switch (visiting /es remembered Spanish).
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByRole("main")).toContainText("Bring your questions about the new bike lanes");
});

test("on a Spanish page, an event given only in English is marked as English", async ({ page }) => {
  await page.goto("/departments/ventura-police");
  const path = await page
    .getByRole("region", { name: "Upcoming events" })
    .getByRole("article")
    .first()
    .getByRole("link")
    .first()
    .getAttribute("href");
  await page.goto(`/es${path}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 }).locator('[lang="en"]')).toHaveCount(1);
});
