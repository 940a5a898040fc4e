// Public pages are cached (docs/decisions/0016), yet a write shows on the very next
// request to every page, feed and API answer that includes it. Each check below is one
// request by an anonymous visitor, never retried: what the next resident gets.
import { expect, test } from "./fixtures/auth";
import { fillComment, RECEIVED, uniqueText } from "./comments-helpers";
import { daysAhead } from "../support/dates";
import type { APIRequestContext, Page } from "@playwright/test";

const DEPARTMENT = "east-hartford-police";
// A venue no other spec opens events at: a new event tomorrow is first in its lists.
const VENUE = { slug: "great-river-park-east-hartford", name: "Great River Park" };

async function fetchText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** Every public answer that lists the department's next events, and the venue's page. */
function listings(): string[] {
  return [
    "/",
    `/departments/${DEPARTMENT}`,
    `/venues/${VENUE.slug}`,
    `/events?department=${DEPARTMENT}`,
    "/feed.xml",
    `/departments/${DEPARTMENT}/feed.xml`,
    `/departments/${DEPARTMENT}/events.ics`,
    "/events.ics",
    `/api/events?department=${DEPARTMENT}`,
  ];
}

/** Staff save a draft for tomorrow morning (so it is among the first events listed). */
async function saveDraft(page: Page, title: string): Promise<void> {
  await page.goto("/admin/events/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("Description", { exact: true })
    .fill("Coffee and questions about the new crosswalks on Main Street.");
  await page.getByLabel("Date").fill(daysAhead(1));
  await page.getByLabel("Starts at").fill("05:00");
  await page.getByLabel("Ends at").fill("06:00");
  const venues = page.getByLabel("Venue", { exact: true });
  await venues.selectOption(await venues.locator("option", { hasText: VENUE.name }).getAttribute("value"));
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
}

test.describe("a write shows at once on cached public pages", () => {
  test.describe.configure({ mode: "serial" });

  test("publishing, cancelling and approving a comment each show on the next request everywhere", async ({
    page,
    signInAs,
    request,
  }) => {
    await signInAs("staff");
    const title = uniqueText("Coffee at the corner");
    await saveDraft(page, title);
    const adminPath = new URL(page.url()).pathname;
    expect(adminPath).toMatch(/^\/admin\/events\/[^/]+$/);

    // Residents load every list first, so the cache holds them without the draft.
    const paths = listings();
    for (const path of paths) expect(await fetchText(request, path), path).not.toContain(title);

    await page.goto(adminPath);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Published");
    for (const path of paths)
      expect(await fetchText(request, path), `${path} after publishing`).toContain(title);
    const eventPath = await page.getByRole("link", { name: "View the public page" }).getAttribute("href");
    expect(eventPath).toMatch(/^\/events\//);
    expect(await fetchText(request, eventPath!)).toContain(title);

    // A resident asks; a moderator approves; the question and the count show at once.
    const question = uniqueText("Will the crosswalk get a signal?");
    await page.context().clearCookies();
    await page.goto(eventPath!);
    const form = await fillComment(page, { name: "Rosa Delgado", body: question });
    await form.getByRole("button", { name: "Send" }).click();
    await expect(form.getByRole("status")).toHaveText(RECEIVED);
    expect(await fetchText(request, eventPath!)).not.toContain(question);
    await signInAs("admin");
    await page.goto("/admin/moderation");
    const row = page.locator("[data-queue-row]").filter({ hasText: question });
    await row.getByRole("button", { name: "Approve: comment by Rosa Delgado" }).click();
    await expect(page.getByRole("status")).toHaveText("Approved: 1 comment.");
    expect(await fetchText(request, eventPath!), "event page after approval").toContain(question);
    const departmentPage = await fetchText(request, `/departments/${DEPARTMENT}`);
    // React separates "1" and "comment" with <!-- --> in the HTML.
    const card = departmentPage.slice(departmentPage.indexOf(title)).replaceAll("<!-- -->", "");
    expect(card.slice(0, 2_000), "the department page's card counts the comment").toMatch(/1 comment\b/);

    // Staff cancel; every answer says so on the next request.
    await page.context().clearCookies();
    await signInAs("staff");
    await page.goto(adminPath);
    await page.getByLabel("Reason for cancelling").fill("The café is closed for repairs");
    await page.getByRole("button", { name: "Cancel this event" }).click();
    await expect(page.getByRole("status")).toContainText("Cancelled");
    expect(await fetchText(request, eventPath!)).toContain("This event has been cancelled.");
    expect(await fetchText(request, eventPath!)).toContain("The café is closed for repairs");
    const api = JSON.parse(await fetchText(request, `/api/events?department=${DEPARTMENT}`)) as {
      events: { title: string; status: string }[];
    };
    expect(api.events.find((event) => event.title === title)?.status).toBe("cancelled");
    const calendar = await fetchText(request, `/departments/${DEPARTMENT}/events.ics`);
    const entry = calendar.indexOf(title.slice(0, 30));
    expect(entry, "the event stays in the calendar").toBeGreaterThan(0);
    expect(calendar.slice(entry, entry + 1_500)).toContain("STATUS:CANCELLED");
  });

  test("public pages may be held briefly by a CDN; staff pages never", async ({ request }) => {
    for (const path of ["/", "/events", `/departments/${DEPARTMENT}`, "/departments", "/events/past"]) {
      const response = await request.get(path);
      expect(response.headers()["cache-control"], path).toMatch(
        /^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/,
      );
      expect(response.headers()["set-cookie"], path).toBeUndefined();
    }
    for (const path of ["/admin", "/signin"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()["cache-control"] ?? "", path).toMatch(/private|no-store/);
    }
    const missing = await request.get("/events/no-such-event");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["cache-control"]).toMatch(/private|no-store/);
  });
});
