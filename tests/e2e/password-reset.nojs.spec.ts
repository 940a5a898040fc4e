// Forgot password, without JavaScript: the answer comes at once and says the same for
// any email; the link, made after the answer, arrives and lets the person sign in.
import { randomUUID } from "node:crypto";
import { expect, signInWithApi, test } from "./fixtures/auth";
import { withE2eDatabase } from "./fixtures/database";

const SENT = "If an account uses this email, a link to choose a new password is on its way.";

async function linkSentTo(email: string): Promise<string | undefined> {
  return withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ text: string }>(
      `SELECT "text" FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [email],
    );
    return /\/account\/reset-password\?token=[\w-]+/.exec(rows[0]?.text ?? "")?.[0];
  });
}

test("a person who forgot their password gets a link, chooses a new one and signs in with it", async ({
  page,
  request,
}) => {
  const email = `reset.${randomUUID()}@example.test`;
  await withE2eDatabase((db) =>
    db.query(
      `INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ($1, $2, 'Robin Reset', now())`,
      [randomUUID(), email],
    ),
  );

  for (const typed of ["nobody.at.all@example.test", email]) {
    await page.goto("/account/forgot-password");
    await page.getByLabel("Email").fill(typed);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByText(SENT)).toBeVisible();
  }
  expect(await linkSentTo("nobody.at.all@example.test")).toBeUndefined();
  await expect.poll(() => linkSentTo(email)).toBeTruthy();

  await page.goto((await linkSentTo(email)) ?? "/");
  await page.getByLabel("New password", { exact: true }).fill("a-fresh-long-password-7");
  await page.getByLabel("Password again").fill("a-fresh-long-password-7");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(/passwordSet=1/);
  const signIn = await signInWithApi(request, email, "a-fresh-long-password-7");
  expect(signIn.status()).toBe(302);
  expect(signIn.headers().location).toMatch(/\/admin$/);
});
