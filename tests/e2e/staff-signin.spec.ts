import { DEMO_ACCOUNTS, expect, signInWithApi, test } from "./fixtures/auth";

test.describe("signing in", () => {
  test("staff sign in with the form, land on the admin dashboard, and sign out", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
    await page.getByLabel("Email").fill(DEMO_ACCOUNTS.staff.email);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_ACCOUNTS.staff.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("status")).toHaveText("You are signed out.");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    const messages = [];
    for (const email of [DEMO_ACCOUNTS.moderator.email, "nobody.here@example.test"]) {
      await page.goto("/signin");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password", { exact: true }).fill("not-the-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      const alert = page.locator("#signin-error");
      await expect(alert).toBeVisible();
      messages.push(await alert.textContent());
    }
    expect(messages[0]).toContain("do not match an active account");
    expect(messages[1]).toBe(messages[0]);
  });

  test("brute force on one account gets 429 while other accounts still sign in", async ({
    request,
    playwright,
    baseURL,
  }) => {
    const target = `brute.force.${Date.now()}@example.test`;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await signInWithApi(request, target, `guess-${i}`)).status());
    expect(statuses.slice(0, 5)).toEqual([302, 302, 302, 302, 302]);
    expect(statuses[5]).toBe(429);
    const other = await playwright.request.newContext({ baseURL });
    const admin = await signInWithApi(other, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
    expect(admin.status()).toBe(302);
    expect(admin.headers().location).toMatch(/\/admin$/);
    await other.dispose();
  });

  test("the sign-in fixture opens admin pages without typing", async ({ page, signInAs }) => {
    await signInAs("admin");
    await page.goto("/admin");
    await expect(page.getByText(DEMO_ACCOUNTS.admin.email)).toBeVisible();
  });
});
