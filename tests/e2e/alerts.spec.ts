// Alerts by email, tried as a new resident would: from an event's "Get alerts for events
// near here", confirmed from the email (read in the development outbox as the seeded
// admin), told of a new East Hartford event and not of a Ventura one, then unsubscribed
// with one click as a mail client does it (RFC 8058).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";
import { withE2eDatabase } from "./fixtures/database";
import {
  linkIn,
  oneClickPath,
  outboxEmail,
  outboxSubjects,
  publishEvent,
  uniqueEmail,
  waitLikeAPerson,
} from "./alerts-helpers";

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

/** A published upcoming event at a venue in ZIP 06108 (East Hartford), from the seed. */
async function eastHartfordEventPath(): Promise<string> {
  const slug = await withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ slug: string }>(
      `SELECT e.slug FROM "Event" e JOIN "Venue" v ON v.id = e."venueId"
       WHERE v."postalCode" = '06108' AND e.status = 'PUBLISHED' AND e."endsAt" > now()
       ORDER BY e."startsAt" LIMIT 1`,
    );
    return rows[0]?.slug;
  });
  if (!slug) throw new Error("the seed has no upcoming event in East Hartford");
  return `/events/${slug}`;
}

test.describe("alerts by email", () => {
  test("a resident signs up near 06108, confirms from the email, hears of a new East Hartford event and not of a Ventura one, and unsubscribes with one click", async ({
    page,
    signInAs,
    request,
  }) => {
    test.setTimeout(150_000);
    const email = uniqueEmail("near");
    await page.goto(await eastHartfordEventPath());
    await page.getByRole("link", { name: "Get alerts for events near here" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get event alerts by email");
    await expect(page.getByRole("textbox", { name: "ZIP code" })).toHaveValue("06108");
    await expect(page.getByLabel("Distance")).toHaveValue("10");
    await expect(page.getByRole("radio", { name: "New events near a ZIP code" })).toBeChecked();
    await page.getByLabel("Your email address").fill(email);
    await page.getByRole("radio", { name: /Right away/ }).check();
    await waitLikeAPerson(page);
    await page.getByRole("button", { name: "Send me a confirmation link" }).click();
    const answer = page.getByRole("status").filter({ hasText: "Almost done" });
    await expect(answer).toContainText(email);
    await expect(answer).toBeFocused();

    // The confirmation, from the job runner, in the development outbox.
    await signInAs("admin");
    const confirmation = await outboxEmail(page, email, "Please confirm your Coffee with a Cop alerts");
    expect(confirmation).toContain("within 10 miles of ZIP 06108");
    await page.goto(linkIn(confirmation, "confirm"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your alerts");
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Confirm my alerts" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email alerts");
    await expect(page.getByRole("status")).toHaveText(
      "Your alerts are on. We will email you about new events.",
    );

    // Ventura first, then East Hartford: by the time the second is told, the first was weighed.
    const stamp = Date.now();
    const venturaTitle = `Coffee at the harbor ${stamp}`;
    const eastHartfordTitle = `Coffee at the library ${stamp}`;
    await publishEvent(page, {
      title: venturaTitle,
      venue: "Peirano",
      department: "Ventura Police Department",
    });
    await signInAs("staff");
    await publishEvent(page, { title: eastHartfordTitle, venue: "Raymond Library" });
    await signInAs("admin");
    const alert = await outboxEmail(page, email, `New event: ${eastHartfordTitle}`);
    expect(alert).toContain("Raymond Library");
    expect(alert).toMatch(/List-Unsubscribe-Post: ?List-Unsubscribe=One-Click/);
    expect(await outboxSubjects(page, email)).not.toContain(`New event: ${venturaTitle}`);

    // The link in the email opens a page to change or stop the alerts.
    await page.goto(linkIn(alert, "manage"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email alerts");
    await page.getByLabel("Distance").selectOption("25");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status")).toHaveText("Your changes are saved.");
    await expect(page.getByText("New events within 25 miles of ZIP 06108")).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    // One click from the mail client: a POST, no page, no cookie.
    const oneClick = await request.post(oneClickPath(alert), {
      form: { "List-Unsubscribe": "One-Click" },
      headers: { cookie: "" },
    });
    expect(oneClick.status()).toBe(200);
    await page.goto(linkIn(alert, "manage"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
    const left = await withE2eDatabase(async (db) => {
      const { rows } = await db.query<{ count: string }>(
        `SELECT count(*) FROM "AlertSubscription" WHERE email = $1`,
        [email],
      );
      return Number(rows[0]?.count);
    });
    expect(left).toBe(0);

    // Nothing more: another East Hartford event is told to others, not to this address.
    const afterTitle = `Coffee after unsubscribing ${stamp}`;
    await signInAs("staff");
    await publishEvent(page, { title: afterTitle, venue: "Raymond Library" });
    await signInAs("admin");
    await page.waitForTimeout(5_000);
    expect(await outboxSubjects(page, email)).not.toContain(`New event: ${afterTitle}`);
  });

  test("a department page offers its alerts; the sign-up form passes axe and reads well at 375 px, in English and Spanish", async ({
    page,
  }) => {
    await page.goto("/departments/east-hartford-police");
    await page.getByRole("link", { name: "Get alerts from this department" }).click();
    await expect(page.getByRole("radio", { name: "New events from one department" })).toBeChecked();
    await expect(page.getByLabel("Department", { exact: true })).toHaveValue(/.+/);
    await expect(page.getByLabel("Department", { exact: true }).locator("option:checked")).toHaveText(
      "East Hartford Police Department (CT)",
    );
    await expectNoSeriousAxeViolations(page);

    // An error keeps what was typed, says what to fix, and takes the focus.
    await page.getByLabel("Your email address").fill("not-an-address");
    await waitLikeAPerson(page);
    await page.getByRole("button", { name: "Send me a confirmation link" }).click();
    const errors = page.locator("#alerts-status");
    await expect(errors).toContainText("Enter a complete email address, like name@example.com.");
    await expect(errors).toBeFocused();
    await expect(page.getByLabel("Your email address")).toHaveValue("not-an-address");
    await expectNoSeriousAxeViolations(page);

    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/es/alerts?zip=06108");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Reciba avisos de eventos por correo electrónico",
    );
    await expect(page.getByRole("textbox", { name: "Código postal (ZIP)" })).toHaveValue("06108");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: "test-results/screenshots/alerts-es-375.png", fullPage: true });
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("textbox", { name: "Código postal (ZIP)" }).fill("00000");
    await page.getByLabel("Su correo electrónico").fill(uniqueEmail("es"));
    await waitLikeAPerson(page);
    await page.getByRole("button", { name: "Envíenme un enlace de confirmación" }).click();
    await expect(page.locator("#alerts-status")).toContainText(
      "No conocemos este código postal. Revíselo, por favor.",
    );
    await expect(page.getByRole("textbox", { name: "Código postal (ZIP)" })).toHaveValue("00000");
  });
});
