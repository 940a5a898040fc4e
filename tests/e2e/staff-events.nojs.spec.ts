import { expect, test } from "./fixtures/auth";

test("without JavaScript, a validation error keeps what was typed, and the fixed event publishes", async ({
  page,
  signInAs,
}) => {
  await signInAs("staff");
  await page.goto("/admin/events/new");
  const description = "Meet officers from East Hartford over coffee and pastries. Everyone is welcome.";
  await page.getByLabel("Title", { exact: true }).fill("Cof");
  await page.getByLabel("Description", { exact: true }).fill(description);
  await page.getByLabel("Date").fill(new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("Venue", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("checkbox", { name: "Vietnamese (Tiếng Việt)" }).check();
  await page.getByRole("button", { name: "Publish now" }).click();

  await expect(
    page.getByRole("alert").filter({ hasText: "Please correct the fields marked below." }),
  ).toBeVisible();
  await expect(page.getByText("Use at least 5 characters for a title.").last()).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Cof");
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Description", { exact: true })).toHaveValue(description);
  await expect(page.getByRole("checkbox", { name: "Vietnamese (Tiếng Việt)" })).toBeChecked();

  const title = `Coffee without JavaScript ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
});
