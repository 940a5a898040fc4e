import { DEMO_ACCOUNTS, expect, test } from "./fixtures/auth";

test("without JavaScript, staff sign in with the form and sign out", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Fadmin");
  await page.getByLabel("Email").fill(DEMO_ACCOUNTS.staff.email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_ACCOUNTS.staff.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin\?signedOut=1/);
});
