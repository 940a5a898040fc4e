import { expect, test } from "./fixtures/auth";
import { inviteEastHartford } from "./cohost-helpers";

test("East Hartford's staff accept a co-host invitation on the dashboard, and only then is the event on their department page", async ({
  page,
  signInAs,
}) => {
  const { title } = await inviteEastHartford("dashboard");
  await page.goto("/departments/east-hartford-police");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("East Hartford Police Department");
  await expect(page.getByText(title)).toHaveCount(0);

  await signInAs("staff");
  await page.goto("/admin");
  const invitations = page.getByRole("region", { name: /Invitations to co-host/ });
  const invitation = invitations.getByRole("listitem").filter({ hasText: title });
  await expect(invitation).toContainText("Invited by Hartford Police Department");
  await invitation.getByRole("button", { name: "Accept", exact: true }).click();

  await expect(page.getByRole("status")).toContainText("Accepted");
  await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
  await page.goto("/departments/east-hartford-police");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("the demo staff account sees the seeded invitation, readable on a 375 px phone", async ({
  page,
  signInAs,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs("staff");
  await page.goto("/admin");
  const invitations = page.getByRole("region", { name: /Invitations to co-host/ });
  await expect(invitations.getByRole("heading", { name: /Sunday Coffee on Franklin Avenue/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await invitations.screenshot({ path: `test-results/screenshots/cohost-invitations-375.png` });
});

test("the venues list tells East Hartford's staff which venues they keep and which belong to other departments", async ({
  page,
  signInAs,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs("staff");
  await page.goto("/admin/venues");
  const mine = page.getByRole("region", { name: "Venues you can edit" });
  const others = page.getByRole("region", { name: "Venues of other departments your events use" });
  await expect(mine.getByRole("link", { name: "Raymond Library" })).toBeVisible();
  await expect(others.getByText("Hartford Public Library – Downtown")).toBeVisible();
  await expect(others.getByRole("link", { name: "Hartford Public Library – Downtown" })).toHaveCount(0);
  await expect(others).toContainText("Kept by Hartford Police Department");
  await page.screenshot({ path: "test-results/screenshots/admin-venues-375.png", fullPage: true });
});
