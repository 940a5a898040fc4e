import { expect, test } from "./fixtures/auth";

test("staff set up a monthly series: 12 dates; one cancelled shows as cancelled publicly and in its calendar file", async ({
  page,
  signInAs,
}) => {
  await signInAs("staff");
  await page.goto("/admin/series/new");
  const title = `First Wednesday coffee ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("Description", { exact: true })
    .fill("Every first Wednesday, officers from the community policing unit meet residents.");
  await page.getByLabel("Repeats").selectOption("monthly");
  await page.getByLabel("Which week (monthly and yearly)").selectOption("1");
  await page.getByLabel("Day").selectOption("WE");
  await page
    .getByLabel("Venue")
    .selectOption({ label: "Raymond Library — East Hartford, CT (Eastern Time)" });
  await page.getByRole("button", { name: "Create and publish" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("first Wednesday of every month")).toBeVisible();
  const dates = page.getByRole("table", { name: "Upcoming dates of this series" }).getByRole("row");
  await expect(dates).toHaveCount(13); // header + 12
  await expect(dates.nth(1)).toContainText(/Wed, /);

  await dates.nth(2).getByRole("link").click();
  await page.getByLabel("Reason for cancelling").fill("Library closed for repairs this month");
  await page.getByRole("button", { name: "Cancel this event" }).click();
  await expect(page.getByRole("status")).toContainText("Cancelled");
  await page.getByRole("link", { name: "View the public page" }).click();
  await expect(page.getByText("This event has been cancelled.")).toBeVisible();
  // The admin page seen before stays in the document, hidden, and holds the reason too.
  await expect(
    page.getByText("Library closed for repairs this month").filter({ visible: true }),
  ).toBeVisible();

  const ics = await page.request.get(`${new URL(page.url()).pathname}/event.ics`);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain("STATUS:CANCELLED");

  // The series list gives the start in 12-hour form, as every time in the staff area.
  await page.goto("/admin/series");
  const listed = page.getByRole("listitem").filter({ hasText: title });
  await expect(listed).toContainText("first Wednesday of every month at 8:00 AM");
  await expect(listed).not.toContainText("08:00");
});
