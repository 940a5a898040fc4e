// Shared steps of the alert specs: signing up as a resident, reading the development
// outbox as the seeded admin, and publishing events as staff.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { daysAhead } from "../support/dates";
import { expect } from "./fixtures/auth";

export const uniqueEmail = (who: string) => `${who}.${randomUUID().slice(0, 8)}@example.test`;

/** The time trap treats a form sent within 3 s of being shown as a bot's. */
export const waitLikeAPerson = (page: Page) => page.waitForTimeout(3_200);

/** The outbox email to `email` whose subject matches, once the job runner has sent it; returns its text. */
export async function outboxEmail(page: Page, email: string, subject: string | RegExp): Promise<string> {
  let text = "";
  await expect(async () => {
    await page.goto("/admin/outbox");
    const article = page.getByRole("article", { name: subject }).filter({ hasText: email }).first();
    await expect(article).toBeVisible({ timeout: 1_000 });
    text = (await article.textContent()) ?? "";
  }).toPass({ timeout: 45_000, intervals: [1_000] });
  return text;
}

/** The outbox subjects sent to `email`, newest first. */
export async function outboxSubjects(page: Page, email: string): Promise<string[]> {
  await page.goto("/admin/outbox");
  const articles = page.getByRole("article").filter({ hasText: email });
  return articles.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label") ?? ""));
}

/** The path (with its language) of a link in an email's text: "/alerts/confirm?token=…". */
export function linkIn(text: string, page: "confirm" | "manage" | "unsubscribe"): string {
  const match = new RegExp(`(?:/es)?/alerts/${page}\\?token=[\\w%-]+`).exec(text);
  if (!match) throw new Error(`no ${page} link in: ${text}`);
  return match[0];
}

/** The List-Unsubscribe address an email carries, as a path on this site. */
export function oneClickPath(text: string): string {
  const match = /List-Unsubscribe: ?<https?:\/\/[^/]+(\/api\/alerts\/unsubscribe\?token=[\w-]+)>/.exec(text);
  if (!match?.[1]) throw new Error(`no List-Unsubscribe header in: ${text}`);
  return match[1];
}

/** Staff (or an admin, for `department`) publish an event at a seeded venue. */
export async function publishEvent(
  page: Page,
  { title, venue, department }: { title: string; venue: string; department?: string },
) {
  await page.goto("/admin/events/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("Description", { exact: true })
    .fill("Coffee, doughnuts and questions about the neighborhood. Everyone is welcome.");
  // Months ahead: after every seeded event, so that specs opening "the first Burnside
  // event" on a department page still find the seeded one with its comments.
  await page.getByLabel("Date").fill(daysAhead(150));
  await page.getByLabel("Starts at").fill("08:00");
  await page.getByLabel("Ends at").fill("09:30");
  if (department) await page.getByLabel("Hosting department").selectOption({ label: department });
  const venues = page.getByLabel("Venue", { exact: true });
  await venues.selectOption(await venues.locator("option", { hasText: venue }).first().getAttribute("value"));
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("status").filter({ visible: true })).toContainText("Published");
}
