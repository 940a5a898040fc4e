import { expect, test } from "./fixtures/auth";
import { expectNoSidewaysScroll } from "./recaps-helpers";
import { fillProposal, uniqueProposal } from "./proposals-helpers";

test.use({ viewport: { width: 375, height: 812 } });

test("on a 375 px phone, a proposal goes from the footer's form, through an error that keeps the text, to a draft event its department's staff make", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000); // two sign-ins, several page loads and axe scans on a busy machine
  const text = uniqueProposal();
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Propose an event" }).click();
  await expect(page).toHaveURL(/\/propose$/);
  await expectNoSidewaysScroll(page);

  // The department is not chosen yet: the answer says so next to the field, and keeps the rest.
  await fillProposal(page, text);
  await page.getByRole("button", { name: "Send the proposal" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the fields" })).toBeFocused();
  await expect(page.getByText("Choose a department from the list.").last()).toBeVisible();
  await expect(page.getByLabel("Name of the place")).toHaveValue(text.place);
  await expect(page.getByLabel("Your note to the department")).toHaveValue(text.note);
  await expect(page.getByLabel("First choice of date")).toHaveValue(text.date);
  await expect(page.getByLabel("Place", { exact: true }).locator("option:checked")).toHaveText(
    "A place not on this list (type its address below)",
  );
  await page.screenshot({ path: "test-results/screenshots/propose-error-375.png", fullPage: true });

  await page.getByLabel("Department you would like to meet").selectOption({
    label: "East Hartford Police Department (CT)",
  });
  await page.getByRole("button", { name: "Send the proposal" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Your proposal was sent to East Hartford Police Department.",
  );
  await expectNoSidewaysScroll(page);

  await signInAs("staff");
  await page.goto("/admin/proposals");
  await page.getByRole("link", { name: new RegExp(`Review the proposal from ${text.place}`) }).click();
  await expectNoSidewaysScroll(page);
  await page.getByRole("link", { name: "Accept and prepare a draft event" }).click();
  // A title too short comes back with its message, and the venue typed in the proposal stays.
  await page.getByLabel("Title", { exact: true }).fill("Cafe");
  await page.getByRole("button", { name: "Save as a draft event" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the fields" })).toBeVisible();
  await expect(page.getByLabel("Venue name")).toHaveValue(text.place);
  await page.getByLabel("Title", { exact: true }).fill(`Coffee at ${text.place}`);
  await page.getByRole("button", { name: "Save as a draft event" }).click();

  await expect(page).toHaveURL(/\/admin\/events\/[^/?]+\?notice=proposal-accepted$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Coffee at ${text.place}`);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "test-results/screenshots/proposal-draft-375-nojs.png", fullPage: true });

  await page.goto("/admin/events?show=drafts");
  await expect(page.getByText(`Coffee at ${text.place}`).first()).toBeAttached();
});
