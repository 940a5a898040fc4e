import { expect, test } from "./fixtures/auth";
import { expectNoSidewaysScroll, heldEventWithQuestion } from "./recaps-helpers";

test.use({ viewport: { width: 375, height: 812 } });

test("without JavaScript on a 375 px phone, staff publish a recap, add a follow-up and mark it done; errors keep what was typed", async ({
  page,
  signInAs,
}) => {
  const event = await heldEventWithQuestion();
  const title = `Repair the crosswalk signal ${Date.now()}`;
  await signInAs("staff");
  await page.goto(`/admin/events/${event.id}/recap`);
  await expectNoSidewaysScroll(page);

  const summary = "Neighbors asked about the crosswalk signal by the library.";
  await page.getByLabel("About how many people came").fill("twenty");
  await page.getByLabel("What was talked about").fill(summary);
  await page.getByRole("button", { name: "Publish the recap" }).click();
  await expect(
    page.getByText("Enter roughly how many people came as a whole number, e.g. 25.").last(),
  ).toBeVisible();
  await expect(page.getByLabel("About how many people came")).toHaveValue("twenty");
  await expect(page.getByLabel("What was talked about")).toHaveValue(summary);

  await page.getByLabel("About how many people came").fill("19");
  await page.getByRole("button", { name: "Publish the recap" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Recap published" })).toBeVisible();

  await page.getByLabel("What the department will look into").fill(title);
  await page.getByRole("checkbox", { name: new RegExp(event.askerName) }).check();
  await page.getByRole("button", { name: "Add the follow-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Follow-up added" })).toBeVisible();

  const followUp = page.getByRole("article", { name: title });
  await followUp.getByLabel("Where it stands").selectOption("DONE");
  await followUp.getByRole("button", { name: "Save the update" }).click();
  await expect(followUp.getByText("Enter a note for residents about what changed.").last()).toBeVisible();
  // The page comes back on this follow-up's errors, not at its top.
  await expect(followUp.getByRole("alert")).toBeInViewport();
  await expect(followUp.getByRole("alert")).toBeFocused();
  await expect(followUp.getByLabel("Where it stands")).toHaveValue("DONE");
  await followUp.getByLabel("Note for residents").fill("Repaired on Tuesday.");
  await followUp.getByRole("button", { name: "Save the update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked done" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "test-results/screenshots/recap-admin-375-nojs.png", fullPage: true });

  await page.goto(`/events/${event.slug}`);
  const recap = page.getByRole("region", { name: "Recap", exact: true });
  await expect(recap).toContainText("About 19 people came.");
  await expect(recap.getByRole("article", { name: title })).toContainText("Repaired on Tuesday.");
  await expectNoSidewaysScroll(page);
});
