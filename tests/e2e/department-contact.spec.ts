// A department's own staff keep its contact details and description current, and
// residents see them at once on its page (in both languages) and on the contact page.
import { expect, test } from "./fixtures/auth";

const EAST_HARTFORD = "East Hartford Police Department";

test("staff keep their department's contact page and Spanish description; residents see them at once", async ({
  page,
  browser,
  signInAs,
}) => {
  test.setTimeout(60_000);
  await signInAs("staff");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "My departments" }).click();
  await page.getByRole("link", { name: `Contact and description of ${EAST_HARTFORD}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${EAST_HARTFORD}: contact and description`,
  );
  // Only what a department keeps itself: no name, address or verified domains here.
  await expect(page.getByLabel("Name", { exact: true })).toHaveCount(0);

  const form = page.locator("form").filter({ has: page.getByLabel("Contact page") });
  const contactUrl = form.getByLabel("Contact page");
  const aboutEs = form.getByLabel("About, in Spanish (optional)");
  const [keptUrl, keptAboutEs] = [await contactUrl.inputValue(), await aboutEs.inputValue()];
  const unique = Date.now().toString(36);
  const newUrl = `https://easthartfordct.gov/police/contact-${unique}`;
  const newAboutEs = `Nuestra unidad de policía comunitaria organiza cafés cada mes (${unique}).`;

  // A bad address comes back next to its field, with what was typed kept.
  await contactUrl.fill("easthartfordct dot gov");
  await aboutEs.fill(newAboutEs);
  await form.getByRole("button", { name: "Save the contact details" }).click();
  await expect(contactUrl).toHaveAccessibleDescription(/Enter the full address, starting with https:\/\//);
  await expect(contactUrl).toHaveValue("easthartfordct dot gov");
  await expect(aboutEs).toHaveValue(newAboutEs);

  await contactUrl.fill(newUrl);
  await form.getByRole("button", { name: "Save the contact details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  try {
    // A resident, not signed in, in a browser that reads Spanish.
    const resident = await browser.newPage();
    await resident.goto("/es/departments/east-hartford-police");
    await expect(resident.getByText(newAboutEs)).toBeVisible();
    await resident.goto("/contact");
    await expect(resident.locator(`a[href="${newUrl}"]`)).toBeVisible();
    await resident.close();
  } finally {
    // Put the seeded department back as it was for the other specs.
    await page.goto(page.url().split("?")[0]!);
    await contactUrl.fill(keptUrl);
    await aboutEs.fill(keptAboutEs);
    await form.getByRole("button", { name: "Save the contact details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }
});
