// The staff area in Spanish, checked as the English one is (admin-accessibility.spec.ts):
// axe on every kind of page, a form showing its errors, a phone's width.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("Spanish staff pages pass axe (WCAG 2.1 AA, serious and critical)", () => {
  test("sign-in, staff pages in Spanish, and the event form showing its errors", async ({
    page,
    signInAs,
  }) => {
    const problems: string[] = [];
    await page.goto("/es/signin");
    problems.push(...(await seriousViolations(page, "/es/signin")));
    await signInAs("staff");
    for (const path of [
      "/es/admin",
      "/es/admin/events",
      "/es/admin/venues",
      "/es/admin/series/new",
      "/es/admin/reports",
      "/es/admin/audit",
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      problems.push(...(await seriousViolations(page, path)));
    }
    await page.goto("/es/admin/events/new");
    await page.getByRole("button", { name: "Publicar ahora" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Corrija los campos" })).toBeVisible();
    problems.push(...(await seriousViolations(page, "/es/admin/events/new con errores")));
    expect(problems).toEqual([]);
  });

  test("site admin pages in Spanish, at a phone's width too", async ({ page, signInAs }) => {
    const problems: string[] = [];
    await signInAs("admin");
    for (const path of [
      "/es/admin/users",
      "/es/admin/departments",
      "/es/admin/departments/new",
      "/es/admin/site",
      "/es/admin/outbox",
    ]) {
      await page.goto(path);
      problems.push(...(await seriousViolations(page, path)));
    }
    await page.setViewportSize({ width: 375, height: 740 });
    for (const path of ["/es/admin", "/es/admin/users", "/es/admin/site"]) {
      await page.goto(path);
      problems.push(...(await seriousViolations(page, `${path} a 375 px`)));
      // Nothing wider than the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }
    expect(problems).toEqual([]);
  });

  test("the Spanish moderation queue with a reason field open", async ({ page, signInAs }) => {
    await signInAs("moderator");
    await page.goto("/es/admin/moderation");
    await page.getByText("Agregar un motivo del rechazo (opcional)").first().click();
    expect(await seriousViolations(page, "/es/admin/moderation")).toEqual([]);
  });

  test("the Spanish dashboard's title carries the staff area's title", async ({ page, signInAs }) => {
    await signInAs("staff");
    await page.goto("/es/admin");
    await expect(page).toHaveTitle("Panel · Administración · Coffee with a Cop");
    await page.goto("/en/admin");
    await expect(page).toHaveTitle("Dashboard · Admin · Coffee with a Cop");
  });
});
