import { expect, test } from "./fixtures/auth";

// Run by the "no-javascript" project (and by the default one): everything a resident
// needs is in the server-rendered HTML.
test.describe("public pages without JavaScript", () => {
  test("a resident can go from the home page to an event and its department", async ({ page }) => {
    await page.goto("/");
    const card = page.getByRole("article").first();
    await expect(card).toContainText(/Time \([A-Z]{3,4}\)/);
    await card.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("term").filter({ hasText: "When" })).toBeVisible();
    await expect(page.locator("address")).toBeVisible();
    const host = page
      .getByRole("definition")
      .getByRole("link")
      .filter({ hasText: /Department|Sheriff|Patrol/ })
      .first();
    const hostName = (await host.textContent()) ?? "";
    await host.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostName);
    await expect(page.getByRole("heading", { name: "Past events" })).toBeVisible();
  });

  test("the department directory works without JavaScript", async ({ page }) => {
    await page.goto("/departments");
    await page.getByRole("link", { name: "East Hartford Police Department" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "East Hartford Police Department" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
  });
});
