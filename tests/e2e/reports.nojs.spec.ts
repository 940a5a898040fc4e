import { expect, test } from "./fixtures/auth";

test("without JavaScript, a wrong month gets a message next to the field, and another period shows its months", async ({
  page,
  signInAs,
}) => {
  await signInAs("staff");
  await page.goto("/admin/reports?from=2026-13&to=2026-05");
  await expect(
    page.getByRole("alert").filter({ hasText: "Please correct the fields marked below." }),
  ).toBeVisible();
  await expect(page.getByText("Enter the first month as YYYY-MM, e.g. 2026-09.")).toBeVisible();
  await expect(page.getByLabel("First month")).toHaveAttribute("aria-invalid", "true");

  await page.goto("/admin/reports?from=2026-06&to=2026-08");
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("June 2026 to August 2026");
  await expect(page.getByRole("img", { name: /Events held and attendance/ })).toBeVisible();
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveText([
    "June 2026",
    "July 2026",
    "August 2026",
    "Whole period",
  ]);
});
