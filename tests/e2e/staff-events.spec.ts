import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures/auth";
import { daysAhead } from "../support/dates";
import type { Page } from "@playwright/test";

/** Every page under app/[locale]/admin, read from the folder so that a new page is covered too ([id] → an unknown id). */
const ADMIN_PAGES = fs
  .readdirSync(path.resolve(import.meta.dirname, "../../app/[locale]/admin"), {
    recursive: true,
    encoding: "utf8",
  })
  .filter((file) => file === "page.tsx" || file.endsWith(`${path.sep}page.tsx`))
  .map((file) => `/admin/${path.dirname(file)}`.replace(/\/\.$/, "").replace(/\[[^\]]+\]/g, "unknown-id"))
  .sort();

async function fillNewEvent(page: Page, title: string) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("Description", { exact: true })
    .fill("Bring your questions about the new bike lanes. Officers from both departments will be there.");
  await page.getByLabel("Date").fill(daysAhead(12));
  await page.getByLabel("Starts at").fill("07:30");
  await page.getByLabel("Ends at").fill("09:00");
}

test.describe("staff manage their events", () => {
  test("a new staff member posts an event at a new venue, inviting a co-host, and residents see it in the venue's time", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    await page.goto("/admin/events");
    await page.getByRole("link", { name: "New event" }).click();
    const title = `Coffee at Sunrise Bakery ${Date.now()}`;
    await fillNewEvent(page, title);
    await page
      .getByLabel("Venue", { exact: true })
      .selectOption({ label: "A new venue (fill in its address below)" });
    await page.getByLabel("Venue name").fill("Sunrise Bakery");
    await page.getByLabel("Street address").fill("12 Burnside Ave");
    await page.getByLabel("City", { exact: true }).fill("East Hartford");
    await page.getByLabel("State", { exact: true }).selectOption("CT");
    await page.getByLabel("ZIP code").fill("06108");
    await page.getByRole("checkbox", { name: "Hartford Police Department (CT)", exact: true }).check();
    await page.getByRole("checkbox", { name: "Spanish (Español)" }).check();
    await page.getByRole("button", { name: "Publish now" }).click();

    await expect(page.getByRole("status")).toContainText("Published");
    await page.getByRole("link", { name: "View the public page" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    // The admin page seen before stays in the document, hidden, and shows the time too.
    await expect(
      page.getByText(/7:30 – 9:00 AM Eastern Time \(E[SD]T\)/).filter({ visible: true }),
    ).toBeVisible();
    await expect(page.getByText("Sunrise Bakery").first()).toBeVisible();
    await expect(page.getByText("East Hartford Police Department").first()).toBeVisible();
    // Hartford is invited: the event is not Hartford's until Hartford's own staff accept.
    await page.goto("/departments/hartford-police");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hartford Police Department");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  });

  test("cancelling shows the event as cancelled, with the reason, on its public page", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    await page.goto("/admin/events/new");
    const title = `Coffee to cancel ${Date.now()}`;
    await fillNewEvent(page, title);
    await page.getByLabel("Venue", { exact: true }).selectOption({ index: 1 });
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByRole("status")).toContainText("Published");
    await page.getByLabel("Reason for cancelling").fill("Snowstorm: see you next month");
    await page.getByRole("button", { name: "Cancel this event" }).click();
    await expect(page.getByRole("status")).toContainText("Cancelled");
    await page.getByRole("link", { name: "View the public page" }).click();
    await expect(page.getByText("This event has been cancelled.")).toBeVisible();
    // The admin page stays in the DOM, hidden, after a client-side navigation (cacheComponents).
    await expect(page.getByText("Snowstorm: see you next month").filter({ visible: true })).toBeVisible();
  });

  test("staff of one department get a 404 for another department's event and do not see it listed", async ({
    page,
    signInAs,
  }) => {
    await signInAs("admin");
    await page.goto("/admin/events");
    const venturaRow = page.getByRole("row").filter({ hasText: "Ventura Police Department" }).first();
    const href = await venturaRow.getByRole("link").first().getAttribute("href");
    expect(href).toMatch(/^\/admin\/events\//);

    await page.context().clearCookies();
    await signInAs("staff");
    await page.goto("/admin/events");
    await expect(page.getByRole("row").filter({ hasText: "Ventura Police Department" })).toHaveCount(0);
    const response = await page.goto(href!);
    expect(response?.status()).toBe(404);
  });

  test("a moderator who opens the new-event page gets the not-found page, with no form", async ({
    page,
    signInAs,
  }) => {
    await signInAs("moderator");
    expect((await page.goto("/admin/events/new"))?.status()).toBe(404);
    await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  });

  test("a form sent after the session ended is refused with a sign-in message, and nothing is saved", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    await page.goto("/admin/events/new");
    const title = `Sent after sign-out ${Date.now()}`;
    await fillNewEvent(page, title);
    await page.getByLabel("Venue", { exact: true }).selectOption({ index: 1 });
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please sign in to continue." })).toBeVisible();
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await page.goto("/");
    await expect(page.getByText(title)).toHaveCount(0);
  });

  test("anonymous visitors are sent to sign in from every admin page", async ({ page }) => {
    test.setTimeout(90_000); // some twenty-five page loads
    expect(ADMIN_PAGES.length).toBeGreaterThan(15);
    for (const path of ADMIN_PAGES) {
      await page.goto(path);
      await expect(page, path).toHaveURL(
        new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path)}(&|$)`),
      );
    }
  });

  test("a moderator gets 404 for every admin page that is not theirs", async ({ page, signInAs }) => {
    test.setTimeout(90_000); // some twenty-five page loads
    await signInAs("moderator");
    const theirs = ["/admin", "/admin/moderation", "/admin/account"];
    const statuses: Record<string, number | undefined> = {};
    for (const path of ADMIN_PAGES.filter((p) => !theirs.includes(p))) {
      statuses[path] = (await page.goto(path))?.status();
    }
    expect(statuses).toEqual(Object.fromEntries(Object.keys(statuses).map((path) => [path, 404])));
    for (const path of theirs) expect((await page.goto(path))?.status(), path).toBe(200);
  });
});
