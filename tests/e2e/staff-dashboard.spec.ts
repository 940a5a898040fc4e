// The dashboard opens with what needs action, not with a list of departments.
import { expect, test } from "./fixtures/auth";

test.describe("the staff dashboard", () => {
  test("opens with what needs your attention, each line leading to where it is done", async ({
    page,
    signInAs,
  }) => {
    await signInAs("admin");
    await page.goto("/admin");
    const headings = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(headings.first()).toHaveText("Needs your attention");
    const todo = page.getByRole("region", { name: "Needs your attention" });
    const pending = todo.getByRole("link", { name: /^\d+ comments? waiting for moderation$/ });
    await expect(pending).toBeVisible();
    // A site admin is not shown every department; the page points to where they are managed.
    await expect(page.locator("main a[href^='/departments/']")).toHaveCount(0);
    await expect(
      page.getByRole("region", { name: "My departments" }).getByRole("link", { name: "Departments" }),
    ).toHaveAttribute("href", "/admin/departments");
    await pending.click();
    await expect(page).toHaveURL(/\/admin\/moderation\?view=PENDING$/);
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^Pending: \d+/);
  });

  test("staff see the invitation waiting for them first, and their department last", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    await page.goto("/admin");
    const todo = page.getByRole("region", { name: "Needs your attention" });
    await todo.getByRole("link", { name: /invitations? to co-host to answer$/ }).click();
    await expect(page).toHaveURL(/#invitations-heading$/);
    const order = await page
      .getByRole("main")
      .getByRole("heading", { level: 2 })
      .evaluateAll((hs) => hs.map((h) => h.textContent));
    expect(order[0]).toBe("Needs your attention");
    expect(order.at(-1)).toBe("My departments");
  });
});
