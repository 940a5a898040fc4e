// After a post, with or without JavaScript, a resident on a phone lands on the answer
// (the confirmation or the errors), which has the focus: the same steps run in
// comments-landing.spec.ts and comments-landing.nojs.spec.ts.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";
import { fillComment, fillReply, openEvent, RECEIVED, uniqueText } from "./comments-helpers";

type Mode = { name: "js" | "nojs"; address: string; reported: string };

/** Where the resident is after the post: the answer is on screen and focused. */
async function expectLandedOn(answer: Locator) {
  await expect(answer).toBeInViewport();
  await expect(answer).toBeFocused();
}

/** The visible copy: after a client-side navigation the previous page stays in the document, hidden. */
const visible = (page: Page) => page.locator("main").filter({ visible: true });

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`) });

export function landingTests({ name, address, reported }: Mode) {
  test.use({
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
    // Each file posts from an address of its own, so the other comment specs' posts count against theirs.
    extraHTTPHeaders: { "x-forwarded-for": address },
  });

  test.describe(`a resident on a 375 px phone${name === "nojs" ? " without JavaScript" : ""} lands on the answer`, () => {
    test("to a question: the thank-you message", async ({ page }) => {
      await openEvent(page, "hartford-police", "Mozzicato");
      const form = await fillComment(page, {
        name: "Ana P.",
        body: uniqueText("¿A qué hora empieza?"),
      });
      await form.getByRole("button", { name: "Send" }).click();
      await expectLandedOn(visible(page).getByRole("status").filter({ hasText: RECEIVED }));
      await screenshot(page, `comment-received-${name}`);
    });

    test("to a question without its text: the error summary, with the name kept", async ({ page }) => {
      await openEvent(page, "hartford-police", "Mozzicato");
      const form = await fillComment(page, { name: "Ana P.", body: "" });
      await form.getByRole("button", { name: "Send" }).click();
      const main = visible(page);
      await expectLandedOn(
        main.getByRole("alert").filter({ hasText: "Please check the fields marked below." }),
      );
      const refilled = main.locator("form").filter({ has: page.getByLabel("Your question or comment") });
      await expect(refilled.getByLabel("Your name")).toHaveValue("Ana P.");
      await expect(refilled.getByLabel("Your question or comment")).toHaveAttribute("aria-invalid", "true");
      await screenshot(page, `comment-error-${name}`);
    });

    test("to a reply: the thank-you message under the comment it answers", async ({ page }) => {
      await openEvent(page, "hartford-police", "Mozzicato");
      const comment = await fillReply(page, "Luz Marina Rivera", {
        name: "Rafael",
        body: uniqueText("Mi mamá fue y le ayudaron en español."),
      });
      await comment.getByRole("button", { name: "Send reply" }).click();
      const answered = visible(page).getByRole("article", { name: "Comment by Luz Marina Rivera" });
      await expectLandedOn(answered.getByRole("status").filter({ hasText: RECEIVED }));
      await screenshot(page, `reply-received-${name}`);
    });

    test("to a report: first the error of a report without a reason, with what was typed, then the thanks", async ({
      page,
    }) => {
      await openEvent(page, "hartford-police", "Mozzicato");
      const comment = page.getByRole("article", { name: `Comment by ${reported}` });
      await comment.getByText("Report this comment").click();
      await comment.getByLabel("Anything to add? (optional)").fill("Checked by the landing spec");
      await comment.getByRole("button", { name: "Send report" }).click();

      const reportedAgain = visible(page).getByRole("article", { name: `Comment by ${reported}` });
      await expectLandedOn(reportedAgain.getByRole("alert"));
      await expect(reportedAgain.getByLabel("Anything to add? (optional)")).toHaveValue(
        "Checked by the landing spec",
      );
      await screenshot(page, `report-error-${name}`);

      await reportedAgain.getByLabel("Off topic").check();
      await reportedAgain.getByRole("button", { name: "Send report" }).click();
      await expectLandedOn(
        visible(page)
          .getByRole("article", { name: `Comment by ${reported}` })
          .getByRole("status")
          .filter({ hasText: "Thank you. A moderator will look at this comment." }),
      );
      await screenshot(page, `report-received-${name}`);
    });
  });
}
