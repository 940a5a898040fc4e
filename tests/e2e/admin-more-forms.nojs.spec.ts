// More admin forms without JavaScript: cancelling an event, editing a venue, changing a
// password and adding a role. A validation error shows its message next to the field
// and keeps what was typed (passwords excepted). The database is shared by parallel
// specs: seeded data only receives invalid submissions; anything saved is this spec's own.
import { expect, test } from "./fixtures/auth";
import { daysAhead } from "../support/dates";
import { uniqueSuffix } from "../factories/unique";
import type { Page } from "@playwright/test";

/** Staff create an East Hartford event of their own, at a new venue when one is named. */
async function createOwnEvent(
  page: Page,
  {
    title,
    intent,
    venueName,
  }: { title: string; intent: "Publish now" | "Save as draft"; venueName?: string },
) {
  await page.goto("/admin/events/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("Description", { exact: true })
    .fill("Officers from East Hartford answer questions over coffee. Everyone is welcome.");
  await page.getByLabel("Date").fill(daysAhead(40));
  if (venueName) {
    await page
      .getByLabel("Venue", { exact: true })
      .selectOption({ label: "A new venue (fill in its address below)" });
    await page.getByLabel("Venue name").fill(venueName);
    await page.getByLabel("Street address").fill("77 Forbes St");
    await page.getByLabel("City", { exact: true }).fill("East Hartford");
    await page.getByLabel("State", { exact: true }).selectOption("CT");
    await page.getByLabel("ZIP code").fill("06118");
  } else {
    await page.getByLabel("Venue", { exact: true }).selectOption({ index: 1 });
  }
  await page.getByRole("button", { name: intent }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
}

/** The form's error summary (Next's route announcer is an alert too, with JavaScript on). */
function formAlert(page: Page) {
  return page.getByRole("alert").filter({ hasText: "Please correct the fields marked below." });
}

async function openOwnVenue(page: Page, venueName: string) {
  await page.goto("/admin/venues");
  await page.getByRole("link", { name: venueName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(venueName);
}

test.describe("cancelling an event without JavaScript", () => {
  test("an empty or too short reason is explained next to the field, kept, and the event stays published", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    const title = `Coffee we may cancel ${uniqueSuffix()}`;
    await createOwnEvent(page, { title, intent: "Publish now" });
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Published");

    const reason = page.getByLabel("Reason for cancelling");
    await reason.fill("");
    await page.getByRole("button", { name: "Cancel this event" }).click();
    await expect(formAlert(page)).toContainText("Reason: Enter the reason residents will read.");
    await expect(reason).toHaveAccessibleDescription(/Enter the reason residents will read\.$/);
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveValue("");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Published");

    await reason.fill("Snow");
    await page.getByRole("button", { name: "Cancel this event" }).click();
    await expect(reason).toHaveAccessibleDescription(
      /Use at least 5 characters for the reason residents will read\.$/,
    );
    await expect(reason).toHaveValue("Snow");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Published");
    // The event's own edit form on the same page is untouched by the cancel form's error.
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel("Title", { exact: true })).not.toHaveAttribute("aria-invalid", "true");

    await reason.fill("Snowstorm: see you next month");
    await page.getByRole("button", { name: "Cancel this event" }).click();
    await expect(page.getByRole("status")).toContainText("Cancelled");
    await expect(page.getByText("Cancelled: Snowstorm: see you next month")).toBeVisible();
  });
});

test.describe("editing a venue without JavaScript", () => {
  test("an emptied street address is explained next to the field and every other typed value is kept", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    const venueName = `Forbes Street Diner ${uniqueSuffix()}`;
    await createOwnEvent(page, {
      title: `Coffee at a new diner ${uniqueSuffix()}`,
      intent: "Save as draft",
      venueName,
    });
    await openOwnVenue(page, venueName);

    const renamed = `${venueName} (upstairs)`;
    await page.getByLabel("Venue name").fill(renamed);
    await page.getByLabel("Street address").fill("");
    await page.getByLabel("City").fill("East Hartford Center");
    await page.getByLabel("ZIP code").fill("06108");
    await page.getByLabel("Latitude").fill("41.7601");
    await page.getByLabel("Longitude").fill("-72.6203");
    await page.getByLabel("Accessibility").fill("Step-free entrance on the side street.");
    await page.getByLabel("Parking").fill("Free lot behind the building.");
    await page.getByRole("button", { name: "Save venue" }).click();

    await expect(formAlert(page)).toContainText("Street address: Enter the street address.");
    const street = page.getByLabel("Street address");
    await expect(street).toHaveAccessibleDescription("Enter the street address.");
    await expect(street).toHaveAttribute("aria-invalid", "true");
    await expect(street).toHaveValue("");
    await expect(page.getByLabel("Venue name")).toHaveValue(renamed);
    await expect(page.getByLabel("City")).toHaveValue("East Hartford Center");
    await expect(page.getByLabel("State")).toHaveValue("CT");
    await expect(page.getByLabel("ZIP code")).toHaveValue("06108");
    await expect(page.getByLabel("Latitude")).toHaveValue("41.7601");
    await expect(page.getByLabel("Latitude")).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Longitude")).toHaveValue("-72.6203");
    await expect(page.getByLabel("Accessibility")).toHaveValue("Step-free entrance on the side street.");
    await expect(page.getByLabel("Parking")).toHaveValue("Free lot behind the building.");
    // Nothing was saved: the page still carries the old name.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(venueName);

    await street.fill("81 Forbes St");
    await page.getByRole("button", { name: "Save venue" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);
    await expect(page.getByLabel("Street address")).toHaveValue("81 Forbes St");
    await expect(page.getByLabel("Latitude")).toHaveValue("41.7601");
  });

  test("a latitude out of range is flagged next to the field and the typed values are kept", async ({
    page,
    signInAs,
  }) => {
    // A seeded venue of the staff account's department; the invalid form saves nothing.
    await signInAs("staff");
    await page.goto("/admin/venues");
    await page.getByRole("link", { name: "Raymond Library", exact: true }).click();
    await page.getByLabel("Latitude").fill("123.4");
    await page.getByLabel("Parking").fill("Use the lot on Main Street.");
    await page.getByRole("button", { name: "Save venue" }).click();

    await expect(formAlert(page)).toContainText("Latitude:");
    const latitude = page.getByLabel("Latitude");
    await expect(latitude).toHaveAttribute("aria-invalid", "true");
    await expect(latitude).toHaveAccessibleDescription(
      /^Where the map pin goes\. Copy it from a map to be exact\. \S.+/,
    );
    await expect(latitude).toHaveValue("123.4");
    await expect(page.getByLabel("Parking")).toHaveValue("Use the lot on Main Street.");
    await expect(page.getByLabel("Venue name")).toHaveValue("Raymond Library");
    await expect(page.getByLabel("Longitude")).not.toHaveAttribute("aria-invalid", "true");
  });

  test("a latitude out of range is explained with the allowed range", async ({ page, signInAs }) => {
    await signInAs("staff");
    await page.goto("/admin/venues");
    await page.getByRole("link", { name: "Raymond Library", exact: true }).click();
    await page.getByLabel("Latitude").fill("123.4");
    await page.getByRole("button", { name: "Save venue" }).click();
    await expect(page.getByLabel("Latitude")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Latitude")).toHaveAccessibleDescription(/between -90 and 90/);
  });

  test("an emptied latitude is refused rather than saved as 0", async ({ page, signInAs }) => {
    await signInAs("staff");
    const venueName = `Silver Lane Bagels ${uniqueSuffix()}`;
    await createOwnEvent(page, {
      title: `Bagels with a Cop ${uniqueSuffix()}`,
      intent: "Save as draft",
      venueName,
    });
    await openOwnVenue(page, venueName);
    await page.getByLabel("Latitude").fill("");
    await page.getByRole("button", { name: "Save venue" }).click();
    // Wait for the answer, saved or refused, before judging it.
    await expect(page.getByRole("status").or(formAlert(page))).toBeVisible();
    await expect(formAlert(page)).toContainText("Latitude:");
    await expect(page.getByLabel("Latitude")).toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("changing a password without JavaScript", () => {
  test("a wrong current password is named next to its field and no password is echoed back", async ({
    page,
    signInAs,
  }) => {
    // A wrong current password never changes anything, so a demo account is safe here.
    await signInAs("moderator");
    await page.goto("/admin");
    await page.getByRole("link", { name: "My account" }).click();
    await expect(page.getByRole("heading", { name: "My account", level: 1 })).toBeVisible();
    await page.getByLabel("Current password").fill("not-my-password-at-all");
    await page.getByLabel("New password").fill("lantern-harbor-maple-7");
    await page.getByLabel("Password again").fill("lantern-harbor-maple-7");
    await page.getByRole("button", { name: "Change password" }).click();

    await expect(formAlert(page)).toContainText("Current password: That is not your current password.");
    const current = page.getByLabel("Current password");
    await expect(current).toHaveAccessibleDescription("That is not your current password.");
    await expect(current).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("New password")).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Password again")).not.toHaveAttribute("aria-invalid", "true");
    for (const label of ["Current password", "New password", "Password again"]) {
      await expect(page.getByLabel(label)).toHaveValue("");
    }
    expect(await page.content()).not.toContain("lantern-harbor-maple-7");
    // Still signed in: nothing changed.
    await expect(page).toHaveURL(/\/admin\/account$/);
  });

  test("a confirmation that differs is named next to “Password again”; the fixed form changes the password", async ({
    page,
    signInAs,
  }) => {
    // An account of its own, so that the final, successful change touches no demo account.
    await signInAs("admin");
    const email = `password.change.${uniqueSuffix()}@easthartfordct.gov`;
    const firstPassword = "harbor-lantern-quiet-maple";
    const newPassword = "cobalt-river-morning-stone";
    await page.goto("/admin/users");
    await page.getByLabel("Name", { exact: true }).fill("Jordan Blake");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Department").selectOption({ label: "East Hartford Police Department (CT)" });
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Invitation saved in the Outbox, not emailed/);
    await page.goto("/admin/outbox");
    const invitation =
      (await page
        .getByRole("article")
        .filter({ hasText: `To ${email}` })
        .first()
        .textContent()) ?? "";
    const link = /https?:\/\/\S+token=[\w-]+/.exec(invitation)?.[0];
    expect(link, "an invitation link in the outbox").toBeTruthy();

    await page.context().clearCookies();
    const { pathname, search } = new URL(link!);
    await page.goto(pathname + search);
    await page.getByLabel("New password").fill(firstPassword);
    await page.getByLabel("Password again").fill(firstPassword);
    await page.getByRole("button", { name: "Save password" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(firstPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

    await page.goto("/admin/account");
    await page.getByLabel("Current password").fill(firstPassword);
    await page.getByLabel("New password").fill(newPassword);
    await page.getByLabel("Password again").fill("cobalt-river-morning-stones");
    await page.getByRole("button", { name: "Change password" }).click();

    await expect(formAlert(page)).toContainText(
      "Password again: The two passwords differ. Type the same password twice.",
    );
    const again = page.getByLabel("Password again");
    await expect(again).toHaveAccessibleDescription(
      "The two passwords differ. Type the same password twice.",
    );
    await expect(again).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Current password")).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("New password")).not.toHaveAttribute("aria-invalid", "true");
    for (const label of ["Current password", "New password", "Password again"]) {
      await expect(page.getByLabel(label)).toHaveValue("");
    }
    expect(await page.content()).not.toContain(newPassword);

    await page.getByLabel("Current password").fill(firstPassword);
    await page.getByLabel("New password").fill(newPassword);
    await page.getByLabel("Password again").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/signin\?.*passwordSet=1/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  });
});

test.describe("adding a role to a person without JavaScript", () => {
  async function openModeratorPage(page: Page) {
    await page.goto("/admin/users");
    await page
      .getByRole("listitem")
      .filter({ hasText: "moderator@demo.coffeewithacop.test" })
      .getByRole("link")
      .click();
    await expect(page.getByRole("heading", { name: "Marisol Ortega", level: 1 })).toBeVisible();
  }

  /** The person's roles, each with its remove button (the form's error list is in the same section). */
  function grantedRoles(page: Page) {
    return page
      .getByRole("region", { name: "Roles" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: "Remove this role" }) });
  }

  test("no department chosen is explained next to the field and the chosen role and box are kept", async ({
    page,
    signInAs,
  }) => {
    await signInAs("admin");
    await openModeratorPage(page);
    const roles = grantedRoles(page);
    await expect(roles).toHaveCount(1);

    await page.getByLabel("Role", { exact: true }).selectOption("MODERATOR");
    await page.getByRole("checkbox", { name: "Allow this email anyway" }).check();
    await page.getByRole("button", { name: "Add this role" }).click();

    await expect(formAlert(page)).toContainText("Department: Choose a department.");
    const department = page.getByLabel("Department");
    await expect(department).toHaveAccessibleDescription("Choose a department.");
    await expect(department).toHaveAttribute("aria-invalid", "true");
    await expect(department).toHaveValue("");
    await expect(page.getByLabel("Role", { exact: true })).toHaveValue("MODERATOR");
    await expect(page.getByRole("checkbox", { name: "Allow this email anyway" })).toBeChecked();
    await expect(roles).toHaveCount(1);
    await expect(roles).toContainText("Ventura Police Department — Moderator");
  });

  test("staff outside the verified domains are refused and the chosen department and role are kept", async ({
    page,
    signInAs,
  }) => {
    await signInAs("admin");
    await openModeratorPage(page);
    await page.getByLabel("Department").selectOption({ label: "East Hartford Police Department (CT)" });
    await page.getByLabel("Role", { exact: true }).selectOption("STAFF");
    await page.getByRole("button", { name: "Add this role" }).click();

    await expect(formAlert(page)).toContainText(
      /need an email on its verified domains \(easthartfordct\.gov\)/,
    );
    await expect(page.getByLabel("Department")).toHaveValue(/.+/);
    await expect(page.getByLabel("Department").locator("option:checked")).toHaveText(
      "East Hartford Police Department (CT)",
    );
    await expect(page.getByLabel("Role", { exact: true })).toHaveValue("STAFF");
    await expect(page.getByRole("checkbox", { name: "Allow this email anyway" })).not.toBeChecked();
    await expect(grantedRoles(page)).toHaveCount(1);
  });

  test("the verified-domain message sits next to a field of the form", async ({ page, signInAs }) => {
    await signInAs("admin");
    await openModeratorPage(page);
    await page.getByLabel("Department").selectOption({ label: "East Hartford Police Department (CT)" });
    await page.getByRole("button", { name: "Add this role" }).click();
    await expect(formAlert(page)).toContainText("verified domains");
    // The alert's link must lead to a control that carries the message.
    const href = (await formAlert(page).getByRole("link").first().getAttribute("href")) ?? "";
    // With JavaScript, the page seen before stays in the document, hidden (Next keeps it to
    // restore on Back); the browser follows the link to the first element with that id.
    await expect(page.locator(href).filter({ visible: true })).toHaveCount(1);
    const followed = await page.evaluate(
      (id) => document.getElementById(id)?.checkVisibility(),
      href.slice(1),
    );
    expect(followed, "the link leads to the visible control").toBe(true);
    await expect(page.getByLabel("Role", { exact: true })).toHaveAccessibleDescription(/verified domains/);
  });
});
