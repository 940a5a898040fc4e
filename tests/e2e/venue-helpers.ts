// Shared steps for the specs about venues typed into the event form.
import type { Page } from "@playwright/test";
import { daysAhead } from "../support/dates";

/** Fills the event form with the demo's Raymond Library typed again as a new venue, a little differently, and saves a draft. */
export async function typeRaymondLibraryAgain(page: Page, title: string) {
  await page.goto("/admin/events/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("Description", { exact: true })
    .fill("Officers from East Hartford answer questions over coffee at the library. All welcome.");
  await page.getByLabel("Date").fill(daysAhead(45));
  await page
    .getByLabel("Venue", { exact: true })
    .selectOption({ label: "A new venue (fill in its address below)" });
  await page.getByLabel("Venue name").fill("the raymond  library");
  await page.getByLabel("Street address").fill("840 Main Street");
  await page.getByLabel("City", { exact: true }).fill("East Hartford");
  await page.getByLabel("State", { exact: true }).selectOption("CT");
  await page.getByLabel("ZIP code").fill("06108");
  await page.getByRole("button", { name: "Save as draft" }).click();
}
