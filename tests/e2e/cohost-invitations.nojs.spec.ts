import { expect, test } from "./fixtures/auth";
import { inviteEastHartford } from "./cohost-helpers";

test("without JavaScript, East Hartford's staff accept an invitation from the events list and the event joins their feed", async ({
  page,
  signInAs,
}) => {
  const { title } = await inviteEastHartford("events list");
  const feed = async () => (await page.request.get("/departments/east-hartford-police/feed.xml")).text();
  expect(await feed()).not.toContain(title);

  await signInAs("staff");
  await page.goto("/admin/events");
  const invitation = page.getByRole("listitem").filter({ hasText: title });
  await invitation.getByRole("button", { name: "Accept", exact: true }).click();

  await expect(page).toHaveURL(/\/admin\/events\?notice=cohost-accepted$/);
  await expect(page.getByRole("status")).toContainText("Accepted");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  expect(await feed()).toContain(title);
});

test("without JavaScript, declining an invitation keeps the event off the department page", async ({
  page,
  signInAs,
}) => {
  const { title } = await inviteEastHartford("declined");
  await signInAs("staff");
  await page.goto("/admin");
  await page
    .getByRole("listitem")
    .filter({ hasText: title })
    .getByRole("button", { name: "Decline", exact: true })
    .click();
  await expect(page.getByRole("status")).toContainText("Declined");
  await page.goto("/departments/east-hartford-police");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("East Hartford Police Department");
  await expect(page.getByText(title)).toHaveCount(0);
});
