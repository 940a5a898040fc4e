import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";
import { typeRaymondLibraryAgain } from "./venue-helpers";

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("admin pages pass axe (WCAG 2.1 AA, serious and critical)", () => {
  test("sign-in, and staff pages including a form showing errors", async ({ page, signInAs }) => {
    const problems: string[] = [];
    await page.goto("/signin");
    problems.push(...(await seriousViolations(page, "/signin")));
    await signInAs("staff");
    for (const path of ["/admin", "/admin/events", "/admin/series/new", "/admin/audit"]) {
      await page.goto(path);
      problems.push(...(await seriousViolations(page, path)));
    }
    await page.goto("/admin/events/new");
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please correct" })).toBeVisible();
    problems.push(...(await seriousViolations(page, "/admin/events/new with errors")));
    expect(problems).toEqual([]);
  });

  test("site admin pages", async ({ page, signInAs }) => {
    const problems: string[] = [];
    await signInAs("admin");
    for (const path of ["/admin/users", "/admin/departments", "/admin/departments/new", "/admin/outbox"]) {
      await page.goto(path);
      problems.push(...(await seriousViolations(page, path)));
    }
    expect(problems).toEqual([]);
  });

  test("the moderation queue with a reason field open, and the event form offering an existing venue", async ({
    page,
    signInAs,
  }) => {
    const problems: string[] = [];
    await signInAs("moderator");
    await page.goto("/admin/moderation");
    await page.getByText("Add a reason for rejecting (optional)").first().click();
    problems.push(...(await seriousViolations(page, "/admin/moderation")));
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/admin");
    problems.push(...(await seriousViolations(page, "/admin at 375 px")));
    await page.context().clearCookies();
    await signInAs("staff");
    await page.goto("/admin/events");
    problems.push(...(await seriousViolations(page, "/admin/events at 375 px")));
    await page.setViewportSize({ width: 1280, height: 800 });
    await typeRaymondLibraryAgain(page, "Coffee at the library, once more");
    await expect(page.getByRole("group", { name: "This venue may already exist" })).toBeVisible();
    problems.push(...(await seriousViolations(page, "/admin/events/new offering a venue")));
    expect(problems).toEqual([]);
  });

  test("keyboard: the event form can be filled and sent without a mouse", async ({ page, signInAs }) => {
    await signInAs("staff");
    await page.goto("/admin/events/new");
    await page.getByLabel("Title", { exact: true }).focus();
    await page.keyboard.type("Keyboard coffee");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Kind of event")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Description", { exact: true })).toBeFocused();
  });
});
