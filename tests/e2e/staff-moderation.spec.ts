// Rejecting a comment with a reason: the reason lands in the audit log, shown with the entry.
import { expect, test } from "./fixtures/auth";
import { fillComment, openEvent, RECEIVED, uniqueText } from "./comments-helpers";

test("a moderator rejects a comment with a reason, and the audit log shows it, in 12-hour time", async ({
  page,
  signInAs,
}) => {
  await openEvent(page, "ventura-police", "Peirano");
  const text = uniqueText("Selling cheap sunglasses here");
  const form = await fillComment(page, { name: "Quinn Abara", body: text });
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form.getByRole("status")).toHaveText(RECEIVED);

  await signInAs("moderator");
  await page.goto("/admin/moderation");
  const row = page.locator("[data-queue-row]").filter({ hasText: text });
  const reason = `Advertising, not a question ${Date.now()}`;
  await row.getByText("Add a reason for rejecting (optional)").click();
  await row.getByLabel("Reason for rejecting").fill(reason);
  await row.getByRole("button", { name: "Reject: comment by Quinn Abara" }).click();
  await expect(page.getByRole("status")).toHaveText("Rejected: 1 comment.");

  await page.context().clearCookies();
  await signInAs("admin");
  await page.goto("/admin/audit");
  const entry = page.getByRole("listitem").filter({ hasText: `Reason: ${reason}` });
  await expect(entry).toContainText("comment.rejected");
  await expect(entry.locator("time")).toHaveText(
    /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} [AP]M UTC$/,
  );
});
