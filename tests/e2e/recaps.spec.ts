import { expect, test } from "./fixtures/auth";
import {
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  heldEventWithQuestion,
} from "./recaps-helpers";

test("staff write a recap with two follow-ups and mark one done; the past event shows them; the resident who asked is emailed", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(90_000);
  const event = await heldEventWithQuestion();
  const speeding = `Fix the crosswalk signal by the library ${Date.now()}`;
  const lights = `Ask Public Works about the dark bus stop ${Date.now()}`;

  await signInAs("staff");
  await page.goto(`/admin/events/${event.id}`);
  await page.getByRole("link", { name: "Write or update the recap" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Recap:");

  // A first try with nothing filled in: clear messages, and the page still passes axe.
  await page.getByRole("button", { name: "Publish the recap" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct" })).toBeVisible();
  await expect(
    page.getByText("Enter roughly how many people came as a whole number, e.g. 25.").last(),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page, "recap form with errors");

  await page.getByLabel("About how many people came").fill("23");
  await page
    .getByLabel("What was talked about")
    .fill("Neighbors asked about the crosswalk signal by the library and a dark bus stop on Burnside.");
  await page.getByRole("button", { name: "Publish the recap" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Recap published" })).toBeVisible();

  const addForm = page.getByRole("region", { name: "Add a follow-up" });
  await addForm.getByLabel("What the department will look into").fill(speeding);
  await addForm.getByLabel("First note (optional)").fill("Passed to the Traffic Unit.");
  await addForm.getByRole("checkbox", { name: new RegExp(event.askerName) }).check();
  await addForm.getByRole("button", { name: "Add the follow-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Follow-up added" })).toBeVisible();

  await addForm.getByLabel("What the department will look into").fill(lights);
  await addForm.getByRole("button", { name: "Add the follow-up" }).click();
  await expect(page.getByRole("article", { name: lights })).toBeVisible();

  const first = page.getByRole("article", { name: speeding });
  await first.getByLabel("Where it stands").selectOption("DONE");
  await first.getByLabel("Note for residents").fill("The signal was repaired on Tuesday.");
  await first.getByRole("button", { name: "Save the update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked done" })).toBeVisible();
  await expect(
    page.getByRole("article", { name: speeding }).locator("span").getByText("Done", { exact: true }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page, "recap page with follow-ups");

  // The public page leads with the recap; no calendar, no "before the event".
  await page.goto(`/events/${event.slug}`);
  const recap = page.getByRole("region", { name: "Recap", exact: true });
  await expect(recap).toContainText("About 23 people came.");
  const done = recap.getByRole("article", { name: speeding });
  await expect(done.getByText("Done", { exact: true })).toBeVisible();
  await expect(done).toContainText("The signal was repaired on Tuesday.");
  await expect(done.getByRole("link", { name: event.askerName })).toHaveAttribute("href", /#comment-/);
  await expect(recap.getByRole("article", { name: lights }).getByText("Open", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add to your calendar" })).toHaveCount(0);
  await expect(page.getByText("before the event")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Questions about this recap/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "past event page with its recap");
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "test-results/screenshots/recap-event-375.png", fullPage: true });

  // The department page lists the open one only.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/departments/east-hartford-police");
  const open = page.getByRole("region", { name: /is looking into/ });
  await expect(open.getByRole("link", { name: lights })).toBeVisible();
  await expect(open.getByRole("link", { name: speeding })).toHaveCount(0);

  // The job runner emails the resident (the development outbox keeps it).
  await signInAs("admin");
  await expect(async () => {
    await page.goto("/admin/outbox");
    await expect(page.getByText(`To ${event.askerEmail}`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  const email = page.getByRole("article", { name: `Done: ${speeding}` });
  await expect(email).toContainText(event.question);
  await expect(email).toContainText(`/events/${event.slug}#follow-up-`);
});
