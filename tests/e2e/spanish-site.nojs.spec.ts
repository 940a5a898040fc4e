// The language switch is a plain link: it works with JavaScript off.
import { expect, test } from "@playwright/test";

test("without JavaScript, the switch leads to the same page in Spanish and back", async ({ page }) => {
  await page.goto("/departments");
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/departments$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/departments$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
