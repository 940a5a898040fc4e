import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/auth";
import { fillComment, openEvent, RECEIVED, uniqueText } from "./comments-helpers";
import { expectNoSeriousAxeViolations } from "./recaps-helpers";

const XSS = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> javascript:window.__xss=3`;

test.describe("questions and comments", () => {
  test("a resident asks a question, it stays off the page until a moderator approves it, then shows as text", async ({
    page,
    signInAs,
  }) => {
    const eventPath = await openEvent(page, "ventura-police", "Peirano");
    const text = uniqueText("Is there parking for bikes?");
    const form = await fillComment(page, { name: "Alma Ruiz", body: `${text} ${XSS}` });
    await form.getByRole("button", { name: "Send" }).click();
    await expect(form.getByRole("status")).toHaveText(RECEIVED);
    await expect(form.getByLabel("Your question or comment")).toHaveValue("");

    const html = await (await page.request.get(eventPath)).text();
    const flight = await (await page.request.get(eventPath, { headers: { RSC: "1" } })).text();
    expect(html).not.toContain(text);
    expect(flight).not.toContain(text);

    await signInAs("moderator");
    await page.goto("/admin/moderation");
    const row = page.locator("[data-queue-row]").filter({ hasText: text });
    await expect(row).toContainText("<script>window.__xss=1</script>");
    await row.getByRole("button", { name: "Approve: comment by Alma Ruiz" }).click();
    await expect(page.getByRole("status")).toHaveText("Approved: 1 comment.");
    await expect(row).toHaveCount(0);

    await page.goto(eventPath);
    const comment = page.getByRole("article", { name: "Comment by Alma Ruiz" }).filter({ hasText: text });
    await expect(comment).toContainText(`<img src=x onerror="window.__xss=2">`);
    await expect(comment.getByRole("link")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test("a form with a missing name says so next to the field and keeps the text", async ({ page }) => {
    await openEvent(page, "ventura-police", "Peirano");
    const form = page.locator("form").filter({ has: page.getByLabel("Your question or comment") });
    await form.getByLabel("Your question or comment").fill("What time do you leave?");
    await form.getByLabel("Email (optional)").fill("not-an-email");
    await form.getByRole("button", { name: "Send" }).click();
    await expect(form.getByRole("alert")).toHaveText("Please check the fields marked below.");
    await expect(form.getByLabel("Your name")).toHaveAccessibleDescription(/Please enter a name/);
    await expect(form.getByLabel("Email (optional)")).toHaveAccessibleDescription(/doesn't look complete/);
    await expect(form.getByLabel("Your question or comment")).toHaveValue("What time do you leave?");
    await expect(form.getByLabel("Email (optional)")).toHaveValue("not-an-email");
  });

  test("staff of a hosting department answer officially and the badge shows at once", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    await openEvent(page, "east-hartford-police", "Burnside");
    const question = page.getByRole("article", { name: "Comment by Denise Whitaker" });
    await question.getByText("Answer officially").click();
    const answer = uniqueText("Yes: the traffic unit will bring the speed trailer.");
    await question.getByLabel(/Official answer/).fill(answer);
    await question.getByRole("button", { name: "Publish official reply" }).click();
    await expect(page.getByRole("status").filter({ hasText: "official reply is published" })).toBeVisible();
    const reply = page.getByRole("article", { name: /^Official reply by/ }).filter({ hasText: answer });
    await expect(reply).toContainText("Official reply — East Hartford Police Department");
  });

  test("a site admin answers officially from the queue, for a hosting department", async ({
    page,
    signInAs,
  }) => {
    await signInAs("admin");
    await page.goto("/admin/moderation?view=APPROVED");
    const row = page
      .locator("[data-queue-row]")
      .filter({ hasText: "Cars fly down Burnside Ave", hasNotText: "In reply to" });
    await row.getByText("Answer officially", { exact: true }).click();
    const answer = uniqueText("The traffic unit reads every one of these.");
    await row.getByLabel(/Official answer/).fill(answer);
    await row.getByRole("button", { name: "Publish official reply" }).click();
    await expect(row.getByRole("status")).toHaveText("Your official reply is published.");
    await expect(row.getByRole("status")).toBeFocused();
    await openEvent(page, "east-hartford-police", "Burnside");
    await expect(
      page.getByRole("article", { name: /^Official reply by/ }).filter({ hasText: answer }),
    ).toContainText("Official reply — East Hartford Police Department");
  });

  test("an event page sends no form per comment: reply and report render in place when opened", async ({
    page,
  }) => {
    const eventPath = await openEvent(page, "ventura-police", "Peirano");
    const html = await (await page.request.get(eventPath)).text();
    expect(html).not.toContain('name="parentId"');
    expect(html).not.toContain('name="commentId"');
    const comment = page.getByRole("article", { name: "Comment by Maria Gutierrez" });
    await expect(comment.getByLabel("Your reply")).toHaveCount(0);
    // A link to the comment's reply page until JavaScript runs, then a disclosure.
    await expect(comment.locator("summary").filter({ hasText: /^Reply$/ })).toBeVisible();
    await comment.getByText("Reply", { exact: true }).click();
    await expect(comment.getByLabel("Your reply")).toBeVisible();
    await comment.getByText("Report this comment").click();
    await expect(comment.getByLabel("Off topic")).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(eventPath);

    // Where the link leads without JavaScript: the comment with its form, and its answer.
    const id = (await comment.getAttribute("id"))?.replace(/^comment-/, "");
    await page.goto(`${eventPath}/comments/${id}/report`);
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText("Please choose what is wrong with this comment.")).toBeVisible();
    await expectNoSeriousAxeViolations(page, "a comment's report page with errors");
  });

  test("anyone can report an approved comment; it stays up and goes in front of moderators", async ({
    page,
    signInAs,
  }) => {
    await openEvent(page, "ventura-police", "Peirano");
    const comment = page.getByRole("article", { name: "Comment by Ron Takahashi" });
    await comment.getByText("Report this comment").click();
    await comment.getByLabel("Off topic").check();
    await comment.getByLabel("Anything to add? (optional)").fill("Reported by the e2e test");
    await comment.getByRole("button", { name: "Send report" }).click();
    await expect(comment.getByRole("status")).toHaveText("Thank you. A moderator will look at this comment.");
    await page.reload();
    await expect(page.getByRole("article", { name: "Comment by Ron Takahashi" })).toBeVisible();
    await signInAs("moderator");
    await page.goto("/admin/moderation?view=REPORTED");
    await expect(
      page.locator("[data-queue-row]").filter({ hasText: "Reported by the e2e test" }),
    ).toContainText("Off topic");
  });

  test("a moderator of Ventura sees none of East Hartford's comments", async ({ page, signInAs }) => {
    await signInAs("moderator");
    await page.goto("/admin/moderation");
    await expect(page.locator("[data-queue-row]").first()).toBeVisible();
    await expect(
      page.locator("[data-queue-row]").filter({ hasText: "Can I bring my 6-year-old?" }),
    ).toHaveCount(0);
    await expect(page.locator("[data-queue-row]").filter({ hasText: "Rosa Delgado" })).toHaveCount(1);
  });

  test("a Ventura moderator's forged request to approve an East Hartford comment by id is refused", async ({
    page,
    signInAs,
  }) => {
    await signInAs("admin");
    await page.goto("/admin/moderation?view=PENDING");
    const target = page.locator("[data-queue-row]").filter({ hasText: "Can I bring my 6-year-old?" });
    const id = await target.getByRole("checkbox").getAttribute("value");
    expect(id).toBeTruthy();

    await signInAs("moderator");
    await page.goto("/admin/moderation");
    const approve = page
      .locator("[data-queue-row]")
      .first()
      .getByRole("button", { name: /^Approve:/ });
    await approve.evaluate((button, forged) => button.setAttribute("value", `APPROVED:${forged}`), id);
    await approve.click();
    await expect(page.getByRole("alert").filter({ hasText: "permission" })).toHaveText(
      "You do not have permission to do that.",
    );

    await signInAs("admin");
    await page.goto("/admin/moderation?view=PENDING");
    await expect(
      page.locator("[data-queue-row]").filter({ hasText: "Can I bring my 6-year-old?" }),
    ).toContainText("PENDING");
  });

  test("staff who do not moderate get a 404 for the queue", async ({ page, signInAs }) => {
    await signInAs("staff");
    const response = await page.goto("/admin/moderation");
    expect(response?.status()).toBe(404);
  });

  test("pending, rejected and spam comments appear in no public page, payload, feed or API", async ({
    request,
  }) => {
    const hidden = [
      "Drivers roll through the stop sign",
      "Can I bring my 6-year-old",
      "Ray-Ban",
      "boat trailer",
    ];
    const department = await (await request.get("/departments/east-hartford-police")).text();
    const slug = /href="\/events\/(coffee-with-a-cop-burnside[^"#]*)"/.exec(department)?.[1];
    expect(slug).toBeTruthy();
    const ventura = await (await request.get("/departments/ventura-police")).text();
    const venturaSlug = /href="\/events\/(coffee-with-a-cop-peiranos[^"#]*)"/.exec(ventura)?.[1];
    const bodies: string[] = [];
    for (const path of [
      `/events/${slug}`,
      `/events/${venturaSlug}`,
      `/api/events/${slug}`,
      "/api/events",
      "/feed.xml",
      "/sitemap.xml",
      "/",
    ]) {
      bodies.push(await (await request.get(path)).text());
      bodies.push(await (await request.get(path, { headers: { RSC: "1" } })).text());
    }
    const all = bodies.join("\n");
    expect(all).toContain("Cars fly down Burnside Ave");
    for (const text of hidden) expect(all).not.toContain(text);
  });
});

test.describe("moderation from the dashboard and the keyboard", () => {
  test("the dashboard flags a comment waiting over a week; j moves to it, x selects it and r rejects it", async ({
    page,
    signInAs,
  }) => {
    await signInAs("moderator");
    await page.goto("/admin");
    const card = page.getByRole("region", { name: "Comments to moderate" });
    await expect(card.getByRole("status")).toHaveText("1 comment has waited more than 7 days for review.");
    await card.getByRole("link", { name: /pending comments?$/ }).click();
    await expect(page).toHaveURL(/\/admin\/moderation\?view=PENDING$/);

    // A comment reported by the spec above may come first; the one waiting a week follows.
    const rows = page.locator("[data-queue-row]");
    const waiting = rows.filter({ hasText: "Glenn Okafor" });
    await expect(waiting).toHaveCount(1);
    // The hint naming the keys shows once the shortcuts listen.
    await expect(page.getByText("Keyboard: j/k next/previous")).toBeVisible();
    const before = (await rows.allTextContents()).findIndex((text) => text.includes("Glenn Okafor"));
    for (let press = 0; press <= before; press++) await page.keyboard.press("j");
    await expect(waiting).toBeFocused();
    await page.keyboard.press("x");
    await expect(waiting.getByRole("checkbox")).toBeChecked();
    await page.keyboard.press("r");
    await expect(page.getByRole("status")).toHaveText("Rejected: 1 comment.");
    await page.goto("/admin/moderation?view=REJECTED");
    await expect(page.locator("[data-queue-row]").first()).toContainText("Glenn Okafor");

    await page.goto("/admin");
    await expect(card).toBeVisible();
    await expect(card.getByRole("status")).toHaveCount(0);
  });
});

test.describe("accessibility of comments and moderation", () => {
  test("the comment form with errors, the thread and the queue have no serious axe violations", async ({
    page,
    signInAs,
  }) => {
    const problems: string[] = [];
    const check = async (label: string) => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
      for (const v of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        problems.push(`${label}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    };
    await openEvent(page, "ventura-police", "Peirano");
    const form = page.locator("form").filter({ has: page.getByLabel("Your question or comment") });
    await form.getByRole("button", { name: "Send" }).click();
    await expect(form.getByRole("alert")).toBeVisible();
    await page
      .getByRole("article", { name: "Comment by Maria Gutierrez" })
      .getByText("Report this comment")
      .click();
    await check("event page");
    await signInAs("moderator");
    await page.goto("/admin/moderation");
    await check("moderation queue");
    expect(problems).toEqual([]);
  });
});
