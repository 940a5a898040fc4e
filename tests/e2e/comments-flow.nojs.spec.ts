import { expect, test } from "./fixtures/auth";
import { fillComment, fillReply, openEvent, RECEIVED, uniqueText } from "./comments-helpers";

test.describe("questions and comments without JavaScript", () => {
  test("a resident posts, a moderator approves in bulk, and the comment appears", async ({
    page,
    signInAs,
  }) => {
    const eventPath = await openEvent(page, "ventura-police", "Peirano");
    const text = uniqueText("¿Habrá alguien que hable español?");
    const form = await fillComment(page, { name: "Rosa M.", body: text });
    await form.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("status").filter({ hasText: RECEIVED })).toBeVisible();
    await expect(page.getByText(text)).toHaveCount(0);

    await signInAs("moderator");
    await page.goto("/admin/moderation");
    const row = page.locator("[data-queue-row]").filter({ hasText: text });
    await row.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Approve selected" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Approved: 1 comment." })).toBeVisible();

    await page.goto(eventPath);
    await expect(
      page.getByRole("article", { name: "Comment by Rosa M." }).filter({ hasText: text }),
    ).toBeVisible();
  });

  test("a comment without a name comes back with the message and every typed word", async ({ page }) => {
    await openEvent(page, "ventura-police", "Peirano");
    const form = page.locator("form").filter({ has: page.getByLabel("Your question or comment") });
    await form.getByLabel("Your question or comment").fill("Do I need to sign up first?");
    await form.getByRole("button", { name: "Send" }).click();
    const refilled = page.locator("form").filter({ has: page.getByLabel("Your question or comment") });
    await expect(refilled.getByText("Please enter a name to show with your comment")).toBeVisible();
    await expect(refilled.getByLabel("Your question or comment")).toHaveValue("Do I need to sign up first?");
  });

  test("a reply opens from its link and is received for review under the comment", async ({ page }) => {
    await openEvent(page, "ventura-police", "Peirano");
    const comment = await fillReply(page, "Maria Gutierrez", {
      name: "Luis",
      body: uniqueText("The ramp is on the left side."),
    });
    await comment.getByRole("button", { name: "Send reply" }).click();
    await expect(
      page.getByRole("article", { name: "Comment by Maria Gutierrez" }).getByRole("status"),
    ).toHaveText(RECEIVED);
  });

  // With JavaScript the forms open in place instead (comments-flow.spec.ts); this one
  // runs with it off in either project.
  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("Reply and Report lead to the comment's own pages, which keep what was typed after an error", async ({
      page,
    }) => {
      const eventPath = await openEvent(page, "ventura-police", "Peirano");
      await page
        .getByRole("article", { name: "Comment by Maria Gutierrez" })
        .getByText("Reply", { exact: true })
        .click();
      await expect(page.getByRole("heading", { level: 1, name: "Reply to a comment" })).toBeVisible();
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${eventPath}/comments/[\\w-]+/reply$`));
      await page.getByRole("link", { name: "Back to the event and its comments" }).click();

      await page
        .getByRole("article", { name: "Comment by Ron Takahashi" })
        .getByText("Report this comment")
        .click();
      await expect(page.getByRole("heading", { level: 1, name: "Report a comment" })).toBeVisible();
      const comment = page.getByRole("article", { name: "Comment by Ron Takahashi" });
      await comment.getByLabel("Anything to add? (optional)").fill("Sent without a reason");
      await comment.getByRole("button", { name: "Send report" }).click();
      const again = page.getByRole("article", { name: "Comment by Ron Takahashi" });
      await expect(again.getByText("Please choose what is wrong with this comment.")).toBeVisible();
      await expect(again.getByLabel("Anything to add? (optional)")).toHaveValue("Sent without a reason");
    });
  });
});
