import AxeBuilder from "@axe-core/playwright";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expect, test } from "./fixtures/auth";
import { withE2eDatabase } from "./fixtures/database";
import {
  openLogoPage,
  eventInStatus,
  publishedEventOf,
  sealPng,
  uploadLogo,
} from "./department-logo-helpers";

/** PDF pages, and the first page's size in points, as Chromium writes them. */
function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString("latin1");
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1]), height: Number(box?.[2]) };
}

const PAPER = {
  letter: { width: 612, height: 792 }, // 8.5 × 11 in
  a4: { width: 595.28, height: 841.89 }, // 210 × 297 mm
};

test.describe("the printable flyer", () => {
  test("residents find it on the event page; it is bilingual and prints on one page of Letter and of A4", async ({
    page,
    signInAs,
  }) => {
    // A host with a logo, so the flyer shows it.
    await signInAs("staff");
    await openLogoPage(page, "East Hartford Police Department");
    await uploadLogo(page, await sealPng());
    await page.context().clearCookies();

    const slug = await publishedEventOf("east-hartford-police");
    await page.goto(`/events/${slug}`);
    await page.getByRole("link", { name: "Print a flyer" }).click();
    await expect(page).toHaveURL(`/events/${slug}/flyer`);
    const flyer = page.getByRole("article", { name: "Flyer" });
    await expect(flyer.getByText("No agenda, everyone welcome.")).toBeVisible();
    await expect(flyer.getByText("Sin agenda, todos son bienvenidos.")).toBeVisible();
    await expect(flyer.getByText("In an emergency call 911")).toBeVisible();
    await expect(flyer.getByText("En una emergencia llame al 911")).toBeVisible();
    await expect(flyer.getByText(/East Hartford Police Department non-emergency line/)).toBeVisible();
    await expect(flyer.getByRole("img", { name: "East Hartford Police Department logo" })).toBeVisible();
    // English and Spanish dates and zones, from date-fns's `es` locale.
    await expect(flyer.locator('section[lang="en"]')).toContainText(
      /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d+, \d{4}/,
    );
    await expect(flyer.locator('section[lang="es"]')).toContainText(
      /(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d+ de \w+ de \d{4}/,
    );
    await expect(flyer.locator('section[lang="es"]')).toContainText(/hora del Este \(E[SD]T\)/);

    for (const size of ["letter", "a4"] as const) {
      await page.goto(`/events/${slug}/flyer?size=${size}`);
      await page.emulateMedia({ media: "print" });
      // The printable area in CSS pixels (96 a inch), to look at the page as printed.
      await page.setViewportSize(
        size === "letter" ? { width: 720, height: 960 } : { width: 703, height: 1032 },
      );
      await page.screenshot({ path: test.info().outputPath(`flyer-${size}-print.png`), fullPage: true });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await test.info().attach(`flyer-${size}.pdf`, { body: pdf, contentType: "application/pdf" });
      const { pages, width, height } = pdfPages(pdf);
      expect(pages, `${size}: pages`).toBe(1);
      // Chromium rounds A4 to whole device pixels: within 2 points, and far from the other size.
      expect(Math.abs(width - PAPER[size].width), `${size}: width ${width}`).toBeLessThan(2);
      expect(Math.abs(height - PAPER[size].height), `${size}: height ${height}`).toBeLessThan(2);
      await page.emulateMedia({ media: "screen" });
    }
  });

  test("its QR code decodes to the event page's own address", async ({ page }) => {
    const slug = await publishedEventOf("east-hartford-police");
    await page.goto(`/events/${slug}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/events/${slug}$`));

    await page.goto(`/events/${slug}/flyer`);
    const shot = await page.locator("svg.flyer-qr-code").screenshot();
    const png = PNG.sync.read(shot);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(canonical);
    await expect(page.getByText(canonical!, { exact: true })).toBeVisible();
  });

  test("drafts and cancelled events have no flyer (404), and their pages offer none", async ({ page }) => {
    for (const status of ["DRAFT", "CANCELLED"] as const) {
      const slug = await eventInStatus(status);
      const answer = await page.request.get(`/events/${slug}/flyer`);
      expect(answer.status(), status).toBe(404);
    }
    await page.goto(`/events/${await eventInStatus("CANCELLED")}`);
    await expect(page.getByText("This event has been cancelled.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Print a flyer" })).toHaveCount(0);
  });

  test("staff find it on the event's admin page; the flyer passes axe and fits 375 px", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    const slug = await publishedEventOf("east-hartford-police");
    const eventId = await withE2eDatabase(async (db) => {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Event" WHERE slug = $1`, [slug]);
      return rows[0]!.id;
    });
    await page.goto(`/admin/events/${eventId}`);
    await page.getByRole("link", { name: "Print a flyer (English and Spanish)" }).click();
    await expect(page).toHaveURL(`/events/${slug}/flyer`);
    await page.getByRole("link", { name: "A4" }).click();
    await expect(page).toHaveURL(`/events/${slug}/flyer?size=a4`);
    await expect(page.getByText("A4", { exact: true })).toHaveAttribute("aria-current", "page");
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: test.info().outputPath("flyer-375.png"), fullPage: true });
  });
});
