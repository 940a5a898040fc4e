// Without JavaScript: a new venue typed into the event form that the site already has
// (the Raymond Library, typed a little differently) is offered instead of made twice.
import { expect, test } from "./fixtures/auth";
import { typeRaymondLibraryAgain } from "./venue-helpers";

test("a venue typed again is offered, keeping what was typed, and the event goes to the existing venue", async ({
  page,
  signInAs,
}) => {
  await signInAs("staff");
  const title = `Library coffee ${Date.now()}`;
  await typeRaymondLibraryAgain(page, title);

  const found =
    "A venue with this name and address exists: Raymond Library, 840 Main St., East Hartford, CT 06108.";
  await expect(
    page.getByRole("alert").filter({ hasText: "This venue may already exist: choose below what to do." }),
  ).toContainText(`Venue name: ${found}`);
  await expect(page.getByLabel("Venue name")).toHaveAccessibleDescription(
    `${found} Use it, or create a new one anyway.`,
  );
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Venue name")).toHaveValue("the raymond  library");
  await expect(page.getByLabel("Street address")).toHaveValue("840 Main Street");
  await page.screenshot({ path: test.info().outputPath("same-venue-offered.png"), fullPage: true });

  const choice = page.getByRole("group", { name: "This venue may already exist" });
  await choice
    .getByRole("radio", { name: /^Use the existing venue: Raymond Library, 840 Main St\./ })
    .check();
  await page.getByRole("button", { name: "Save as draft" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  // Its edit form has the existing venue chosen, not a new one.
  await expect(page.getByLabel("Venue", { exact: true }).locator("option:checked")).toHaveText(
    /^Raymond Library — East Hartford, CT/,
  );
});

test("choosing “create a new venue anyway” creates it", async ({ page, signInAs }) => {
  await signInAs("staff");
  const title = `Library annex coffee ${Date.now()}`;
  await typeRaymondLibraryAgain(page, title);
  const choice = page.getByRole("group", { name: "This venue may already exist" });
  await choice.getByRole("radio", { name: /Create a new venue anyway/ }).check();
  // Another mistake on the way keeps the choice offered and made.
  await page.getByLabel("Title", { exact: true }).fill("Cof");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(choice.getByRole("radio", { name: /Create a new venue anyway/ })).toBeChecked();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
});

test("a venue edited into another's name and address is named, and nothing is saved until “save anyway”", async ({
  page,
  signInAs,
}) => {
  await signInAs("admin");
  await page.goto("/admin/venues");
  await page.getByRole("link", { name: "Great River Park", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Great River Park");
  await page.getByLabel("Venue name").fill("Raymond Library");
  await page.getByLabel("Street address").fill("840 Main St");
  await page.getByLabel("ZIP code").fill("06108");
  await page.getByRole("button", { name: "Save venue" }).click();

  await expect(page.getByLabel("Venue name")).toHaveAccessibleDescription(
    "A venue with this name and address exists: Raymond Library, 840 Main St., East Hartford, CT 06108. Save anyway if this is a different place, or correct the name or address.",
  );
  await expect(page.getByLabel("Venue name")).toHaveValue("Raymond Library");
  await expect(
    page.getByRole("checkbox", { name: "Save anyway: this is a different place" }),
  ).not.toBeChecked();
  // Nothing was saved: the page still has the venue's own name.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Great River Park");
});
