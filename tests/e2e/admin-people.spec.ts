import { expect, test } from "./fixtures/auth";
import type { Browser, Page } from "@playwright/test";

/** The newest outbox email to `to`, read by the signed-in admin page; returns its link path. */
async function linkFromOutbox(adminPage: Page, to: string): Promise<string> {
  await adminPage.goto("/admin/outbox");
  const email = adminPage
    .getByRole("article")
    .filter({ hasText: `To ${to}` })
    .first();
  const text = (await email.textContent()) ?? "";
  const url = /https?:\/\/\S+token=[\w-]+/.exec(text)?.[0];
  expect(url, "an invitation link in the outbox").toBeTruthy();
  const parsed = new URL(url!);
  return parsed.pathname + parsed.search;
}

async function inviteStaff(adminPage: Page, email: string, name: string) {
  await adminPage.goto("/admin/users");
  await adminPage.getByLabel("Name", { exact: true }).fill(name);
  await adminPage.getByLabel("Email", { exact: true }).fill(email);
  await adminPage.getByLabel("Department").selectOption({ label: "East Hartford Police Department (CT)" });
  await adminPage.getByRole("button", { name: "Send invitation" }).click();
  await expect(adminPage.getByRole("status")).toHaveText(/^Invitation saved in the Outbox, not emailed/);
}

async function acceptAndSignIn(browser: Browser, path: string, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Password again").fill(password);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  return page;
}

test.describe("site admins manage people", () => {
  test("an invited officer sets a password from the emailed link, signs in, and posts an event inviting a co-host", async ({
    page,
    signInAs,
    browser,
  }) => {
    test.setTimeout(60_000); // an invitation, a second browser, a sign-in and a new event
    await signInAs("admin");
    const email = `new.officer.${Date.now()}@easthartfordct.gov`;
    await inviteStaff(page, email, "Riley Chen");
    const path = await linkFromOutbox(page, email);
    const officer = await acceptAndSignIn(browser, path, email, "maple-harbor-lantern-42");

    await officer.getByRole("link", { name: "New event" }).first().click();
    const title = `Riley's first coffee ${Date.now()}`;
    await officer.getByLabel("Title").fill(title);
    await officer
      .getByLabel("Description")
      .fill("Our new community officer would love to meet you. Coffee is on us.");
    await officer.getByLabel("Date").fill(new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10));
    await officer
      .getByLabel("Venue", { exact: true })
      .selectOption({ label: "A new venue (fill in its address below)" });
    await officer.getByLabel("Venue name").fill("Riverside Diner");
    await officer.getByLabel("Street address").fill("400 Main St");
    await officer.getByLabel("City", { exact: true }).fill("East Hartford");
    await officer.getByLabel("State", { exact: true }).selectOption("CT");
    await officer.getByLabel("ZIP code").fill("06118");
    await officer.getByRole("checkbox", { name: "University of Connecticut Police Department (CT)" }).check();
    await officer.getByRole("button", { name: "Publish now" }).click();
    await expect(officer.getByRole("status")).toContainText("Published");

    await officer.goto("/");
    await expect(officer.getByRole("link", { name: title })).toBeVisible();
    // UConn is invited: the event is not theirs until UConn's own staff accept.
    await officer.goto("/departments/uconn-police");
    await expect(officer.getByRole("heading", { level: 1 })).toHaveText(
      "University of Connecticut Police Department",
    );
    await expect(officer.getByRole("link", { name: title })).toHaveCount(0);
    await officer.context().close();
  });

  test("a deactivated or demoted person's open session stops working on the next request", async ({
    page,
    signInAs,
    browser,
  }) => {
    test.setTimeout(60_000); // two invitations, two more browsers and their sign-ins
    await signInAs("admin");
    const people = [`demote.${Date.now()}@easthartfordct.gov`, `deactivate.${Date.now()}@easthartfordct.gov`];
    const sessions = [];
    for (const email of people) {
      await inviteStaff(page, email, "Casey Ward");
      const path = await linkFromOutbox(page, email);
      sessions.push(await acceptAndSignIn(browser, path, email, "quiet-river-stone-path"));
    }

    await page.goto("/admin/users");
    await page.goto("/admin/users");
    await page.getByRole("listitem").filter({ hasText: people[0]! }).getByRole("link").click();
    await page.getByRole("button", { name: "Remove this role" }).click();
    await expect(page.getByText("No roles yet.")).toBeVisible();

    await page.goto("/admin/users");
    await page.getByRole("listitem").filter({ hasText: people[1]! }).getByRole("link").click();
    await page.getByRole("button", { name: "Deactivate account" }).click();
    await expect(page.getByText("Deactivated: cannot sign in.")).toBeVisible();

    for (const session of sessions) {
      await session.goto("/admin/events");
      await expect(session).toHaveURL(/\/signin/);
    }
  });

  test("staff get a 404 for the people pages and see only their own departments", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    for (const path of ["/admin/users", "/admin/outbox"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.goto("/admin/departments");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("My departments");
    await expect(main).toContainText("East Hartford Police Department");
    await expect(main).not.toContainText("Ventura Police Department");
    await expect(page.getByRole("link", { name: "New department" })).toHaveCount(0);
  });
});
