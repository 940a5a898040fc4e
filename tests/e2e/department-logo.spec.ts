import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/auth";
import { withE2eDatabase } from "./fixtures/database";
import {
  expectRefused,
  openLogoPage,
  publishedEventOf,
  REFUSED_FILES,
  sealPng,
  uploadLogo,
} from "./department-logo-helpers";

const EAST_HARTFORD = "East Hartford Police Department";
const ALT = `${EAST_HARTFORD} logo`;

test.describe("department logos and the verified mark", () => {
  test("staff add their department's logo; it shows at fixed sizes on its page, its events and its widget", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Admin" })
      .getByRole("link", { name: "My departments" })
      .click();
    await page.getByRole("link", { name: /for East Hartford Police Department/ }).click();
    await expect(page.getByText("A PNG, JPEG or WebP image of at most 2 MB")).toBeVisible();
    await uploadLogo(page, await sealPng());
    await expect(page.getByRole("img", { name: ALT }).first()).toBeVisible();

    await page.goto("/departments/east-hartford-police");
    const logo = page.getByRole("img", { name: ALT });
    await expect(logo).toHaveAttribute("width", "128");
    await expect(logo).toHaveAttribute("height", "128");
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(256);
    await page.screenshot({ path: test.info().outputPath("department-page.png") });

    const src = (await logo.getAttribute("src"))!;
    expect(src).toMatch(/^\/logos\/[a-f0-9]{32}-256\.webp$/);
    const image = await page.request.get(src);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/webp");
    expect(image.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

    await page.goto(`/events/${await publishedEventOf("east-hartford-police")}`);
    await expect(page.getByRole("img", { name: ALT })).toHaveAttribute("width", "64");

    await page.goto("/embed/departments/east-hartford-police");
    const inWidget = page.getByRole("img", { name: ALT });
    await expect(inWidget).toHaveAttribute("width", "64");
    expect(await inWidget.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(128);
  });

  test("a non-image, a file over 2 MB and an SVG are each refused with a message next to the field", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    await openLogoPage(page, EAST_HARTFORD);
    for (const { file, message } of REFUSED_FILES) await expectRefused(page, file, message);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  test("staff cannot open another department's logo page: it answers 404", async ({ page, signInAs }) => {
    await signInAs("staff");
    const hartfordId = await withE2eDatabase(async (db) => {
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM "Department" WHERE slug = 'hartford-police'`,
      );
      return rows[0]!.id;
    });
    const answer = await page.goto(`/admin/departments/${hartfordId}/logo`);
    expect(answer?.status()).toBe(404);
    await page.goto("/admin/departments");
    await expect(page.getByRole("link", { name: /for Hartford Police Department/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /for East Hartford Police Department/ })).toHaveCount(1);
  });

  test("a department whose staff all use its verified email domains shows the mark, explained", async ({
    page,
  }) => {
    await page.goto("/departments/hartford-police");
    await expect(page.getByText("Verified department.")).toBeVisible();
    await expect(page.getByText(/everyone who posts events for it signs in with an address/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("verified-mark.png") });
    await page.goto("/departments/east-hartford-police");
    await expect(page.getByText("Verified department.")).toHaveCount(0);
  });

  test("the logo page works at 375 px wide", async ({ page, signInAs }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signInAs("staff");
    await openLogoPage(page, EAST_HARTFORD);
    await expect(page.getByLabel("Logo or seal")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
