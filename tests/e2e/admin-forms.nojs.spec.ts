import { expect, test } from "./fixtures/auth";

test.describe("admin forms without JavaScript", () => {
  test("the department form explains a bad web address name and keeps every typed value", async ({
    page,
    signInAs,
  }) => {
    await signInAs("admin");
    await page.goto("/admin/departments/new");
    await page.getByLabel("Name", { exact: true }).fill("Glastonbury Police Department");
    await page.getByLabel("Web address name").fill("Glastonbury PD!");
    await page.getByLabel("City").fill("Glastonbury");
    await page.getByLabel("State").selectOption("CT");
    await page.getByLabel("Verified email domains").fill("glastonbury-ct.gov");
    await page.getByRole("button", { name: "Create department" }).click();
    await expect(
      page.getByText("Use lowercase letters, digits and hyphens, e.g. east-hartford-police.").last(),
    ).toBeVisible();
    await expect(page.getByLabel("Web address name")).toHaveValue("Glastonbury PD!");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Glastonbury Police Department");
    await expect(page.getByLabel("State")).toHaveValue("CT");
    await expect(page.getByLabel("Verified email domains")).toHaveValue("glastonbury-ct.gov");

    await page.getByLabel("Web address name").fill(`glastonbury-police-${Date.now()}`);
    await page.getByRole("button", { name: "Create department" }).click();
    await expect(page.getByRole("status")).toHaveText("Created.");
  });

  test("the series form keeps the rule and the typed text after an error", async ({ page, signInAs }) => {
    await signInAs("staff");
    await page.goto("/admin/series/new");
    await page.getByLabel("Title", { exact: true }).fill("Cone with a Cop every summer");
    await page.getByLabel("Repeats").selectOption("yearly");
    await page.getByLabel("Month (yearly only)").selectOption("7");
    await page.getByLabel("Which week (monthly and yearly)").selectOption("-1");
    await page.getByLabel("Day").selectOption("SA");
    await page.getByRole("button", { name: "Create and publish" }).click();
    await expect(page.getByText("Enter a description.").last()).toBeVisible();
    await expect(page.getByText("Choose a venue.").last()).toBeVisible();
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Cone with a Cop every summer");
    await expect(page.getByLabel("Repeats")).toHaveValue("yearly");
    await expect(page.getByLabel("Month (yearly only)")).toHaveValue("7");
    await expect(page.getByLabel("Which week (monthly and yearly)")).toHaveValue("-1");
    await expect(page.getByLabel("Day")).toHaveValue("SA");
  });
});
