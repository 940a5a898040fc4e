// Why a comment was held, and why residents reported one, are stored as codes and shown
// in the moderation queue's language.
import { expect, test } from "./fixtures/auth";
import { withE2eDatabase } from "./fixtures/database";
import { openEvent, uniqueText } from "./comments-helpers";

test("the Spanish moderation queue says why a comment was held and why it was reported, in Spanish", async ({
  page,
  signInAs,
}) => {
  const path = await openEvent(page, "ventura-police", "Peirano");
  const held = uniqueText("Gane dinero en el casino");
  await page.goto(`/es${path}`);
  const form = page.locator("form").filter({ has: page.getByLabel("Su pregunta o comentario") });
  await form.getByLabel("Su nombre").fill("Tomás Vega");
  await form.getByLabel("Su pregunta o comentario").fill(held);
  await page.waitForTimeout(3_200); // the time trap: a person takes a moment
  await form.getByRole("button", { name: "Enviar" }).click();
  await expect(page.getByText(/Recibimos su mensaje/)).toBeVisible();

  const reported = uniqueText("Vivo en la casa azul de la calle Oak");
  await withE2eDatabase(async (db) => {
    const id = `e2e-reported-${crypto.randomUUID()}`;
    await db.query(
      `INSERT INTO "Comment" (id, "eventId", "authorName", body, status, "createdAt", "updatedAt")
       SELECT $1, "eventId", 'Nora Díaz', $2, 'APPROVED', now(), now() FROM "Comment"
        WHERE body = $3`,
      [id, reported, held],
    );
    await db.query(
      `INSERT INTO "CommentReport" (id, "commentId", reason, "reasonCode", details, "senderHash", "createdAt")
       VALUES ($1, $2, 'Shares someone''s personal information: Da la dirección de mi vecina', 'PERSONAL_INFO',
               'Da la dirección de mi vecina', $3, now())`,
      [`e2e-report-${crypto.randomUUID()}`, id, crypto.randomUUID()],
    );
  });

  await signInAs("moderator");
  await page.goto("/es/admin/moderation");
  const heldRow = page.locator("[data-queue-row]").filter({ hasText: held });
  await expect(heldRow).toContainText("Por qué se retuvo: Palabra retenida: “casino”");
  const reportedRow = page.locator("[data-queue-row]").filter({ hasText: reported });
  await expect(reportedRow.getByRole("listitem")).toHaveText(
    "Comparte información personal de alguien: Da la dirección de mi vecina",
  );

  await page.goto("/en/admin/moderation");
  await expect(page.locator("[data-queue-row]").filter({ hasText: held })).toContainText(
    "Held word: “casino”",
  );
  await expect(
    page.locator("[data-queue-row]").filter({ hasText: reported }).getByRole("listitem"),
  ).toHaveText("Shares someone's personal information: Da la dirección de mi vecina");
});
