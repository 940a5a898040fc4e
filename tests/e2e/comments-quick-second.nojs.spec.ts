import { expect, test } from "./fixtures/auth";
import { withE2eDatabase } from "./fixtures/database";
import { fillComment, openEvent, RECEIVED, uniqueText } from "./comments-helpers";

// Run with JavaScript and without: the form given back after a post carries the token
// that lets a second comment go at once.
test("a resident's second comment, sent a second after the first, is kept for review like the first, not as spam", async ({
  page,
}) => {
  await openEvent(page, "tempe-police", "Cartel");
  const first = uniqueText("Is there parking nearby?");
  const form = await fillComment(page, { name: "Dana", body: first });
  await form.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: RECEIVED })).toBeVisible();

  const second = uniqueText("And can I bring my dog?");
  const again = page.locator("form").filter({ has: page.getByLabel("Your question or comment") });
  await again.getByLabel("Your name").fill("Dana");
  await again.getByLabel("Your question or comment").fill(second);
  await again.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: RECEIVED })).toBeVisible();

  const stored = () =>
    withE2eDatabase(async (db) => {
      const { rows } = await db.query<{ body: string; status: string; holdReason: string | null }>(
        `SELECT body, status, "holdReason" FROM "Comment" WHERE body = ANY($1) ORDER BY "createdAt"`,
        [[first, second]],
      );
      return rows;
    });
  await expect.poll(stored).toEqual([
    { body: first, status: "PENDING", holdReason: null },
    { body: second, status: "PENDING", holdReason: null },
  ]);
  // Other specs read the moderation queue: these leave it again.
  await withE2eDatabase((db) =>
    db.query(`UPDATE "Comment" SET status = 'SPAM' WHERE body = ANY($1)`, [[first, second]]),
  );
});
