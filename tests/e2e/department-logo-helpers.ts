// What the logo specs share: the files they upload, the refusals they expect, and a
// published event of a department (read from the site's own database).
import sharp from "sharp";
import { expect, type Page } from "@playwright/test";
import { withE2eDatabase } from "./fixtures/database";

type Upload = { name: string; mimeType: string; buffer: Buffer };

/** A round seal on a transparent ground, as a department might export it. */
export async function sealPng(color = "#173f63"): Promise<Upload> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><circle cx="200" cy="200" r="190" fill="${color}"/><circle cx="200" cy="200" r="120" fill="#f8d34a"/></svg>`;
  return { name: "seal.png", mimeType: "image/png", buffer: await sharp(Buffer.from(svg)).png().toBuffer() };
}

export const REFUSED_FILES: { what: string; file: Upload; message: string }[] = [
  {
    what: "a text file named like a PNG",
    file: { name: "logo.png", mimeType: "image/png", buffer: Buffer.from("Minutes of the March meeting.\n") },
    message: "That file is not a PNG, JPEG or WebP image.",
  },
  {
    what: "a 3 MB file",
    file: { name: "scan.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(3 * 1024 * 1024, 0xff) },
    message: "That file is larger than 2 MB.",
  },
  {
    what: "an SVG",
    file: {
      name: "seal.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      ),
    },
    message: "SVG files are not accepted",
  },
];

/** From the staff list of departments to one's logo page ("Add a logo for …", or "Logo for …" once it has one). */
export async function openLogoPage(page: Page, departmentName: string) {
  await page.goto("/admin/departments");
  await page.getByRole("link", { name: new RegExp(`^(Add a logo|Logo) for ${departmentName}$`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${departmentName}: logo or seal`);
}

const submit = (page: Page) => page.getByRole("button", { name: /^(Upload|Replace) the logo$/ });

/** Sends the file and expects the message next to the field, tied to it for screen readers. */
export async function expectRefused(page: Page, file: Upload, message: string) {
  await page.getByLabel("Logo or seal").setInputFiles(file);
  await submit(page).click();
  await expect(page.locator("#logo-error")).toContainText(message);
  await expect(page.getByLabel("Logo or seal")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Logo or seal")).toHaveAttribute("aria-describedby", /logo-error/);
}

export async function uploadLogo(page: Page, file: Upload) {
  await page.getByLabel("Logo or seal").setInputFiles(file);
  await submit(page).click();
  await expect(page.getByRole("status").filter({ hasText: "Logo saved" })).toBeVisible();
}

/** The slug of a published, upcoming event a department leads. */
export function publishedEventOf(departmentSlug: string): Promise<string> {
  return withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ slug: string }>(
      `SELECT e.slug FROM "Event" e
         JOIN "EventHost" h ON h."eventId" = e.id AND h."isLead"
         JOIN "Department" d ON d.id = h."departmentId"
        WHERE d.slug = $1 AND e.status = 'PUBLISHED' AND e."startsAt" > now()
        ORDER BY e."startsAt" LIMIT 1`,
      [departmentSlug],
    );
    if (!rows[0]) throw new Error(`no published upcoming event of ${departmentSlug}`);
    return rows[0].slug;
  });
}

/** The slug of an event in that status (DRAFT or CANCELLED). */
export function eventInStatus(status: "DRAFT" | "CANCELLED"): Promise<string> {
  return withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ slug: string }>(
      `SELECT slug FROM "Event" WHERE status = $1 ORDER BY "startsAt" LIMIT 1`,
      [status],
    );
    if (!rows[0]) throw new Error(`no ${status} event in the demo data`);
    return rows[0].slug;
  });
}
