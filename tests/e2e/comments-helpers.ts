// Shared steps for the comment specs: find a demo event, post as a resident.
import { expect, type Page } from "@playwright/test";

/** Opens the next event of a department at a venue, e.g. ("ventura-police", "Peirano"). */
export async function openEvent(page: Page, department: string, venue: string): Promise<string> {
  await page.goto(`/departments/${department}`);
  await page.getByRole("article").filter({ hasText: venue }).first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Questions and comments" })).toBeVisible();
  return new URL(page.url()).pathname;
}

export const uniqueText = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Fills the main comment form as a person would, taking the time a person takes. */
export async function fillComment(page: Page, { name, body }: { name: string; body: string }) {
  const form = page.locator("form").filter({ has: page.getByLabel("Your question or comment") });
  await form.getByLabel("Your name").fill(name);
  await form.getByLabel("Your question or comment").fill(body);
  // The time trap treats a form sent within 3 s of being shown as a bot's.
  await page.waitForTimeout(3_200);
  return form;
}

export const RECEIVED = /received; it will appear here after a moderator reviews it/;

/** Opens the reply form under a comment and fills it, taking the time a person takes. */
export async function fillReply(page: Page, author: string, { name, body }: { name: string; body: string }) {
  const comment = page.getByRole("article", { name: `Comment by ${author}` });
  await comment.getByText("Reply", { exact: true }).click();
  await comment.getByLabel("Your name").fill(name);
  await comment.getByLabel("Your reply").fill(body);
  await page.waitForTimeout(3_200);
  return comment;
}
