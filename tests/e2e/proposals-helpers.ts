// Shared by the proposal specs: a place of its own for each test (specs run side by side),
// the public form filled in as a person would, and a proposal stored directly when a spec
// only needs one to exist.
import { expect, type Page } from "@playwright/test";
import { daysAhead } from "../support/dates";
import { withE2eDatabase } from "./fixtures/database";

export { daysAhead };

export type ProposalText = { place: string; email: string; note: string; date: string };

export function uniqueProposal(): ProposalText {
  const suffix = crypto.randomUUID().slice(0, 8);
  return {
    place: `Maple Street Café ${suffix}`,
    email: `cafe.owner.${suffix}@example.com`,
    note: "We open at seven and have room for about thirty neighbors. Mornings suit us best.",
    date: daysAhead(30),
  };
}

/** Fills in the new place, the first date, the note and the email (the department as given). */
export async function fillProposal(page: Page, text: ProposalText, labels = ENGLISH) {
  // The proposal form itself: a page kept by the router (hidden) may have fields with the same names.
  const form = page.locator("form", { has: page.getByRole("button", { name: labels.send }) });
  await form.getByLabel(labels.place, { exact: true }).selectOption({ label: labels.newPlaceOption });
  await form.getByLabel(labels.placeName).fill(text.place);
  await form.getByLabel(labels.street).fill("120 Main Street");
  await form.getByLabel(labels.city).fill("East Hartford");
  await form.getByLabel(labels.state, { exact: true }).selectOption("CT");
  await form.getByLabel(labels.zip).fill("06108");
  await form.getByLabel(labels.date1).fill(text.date);
  await form.getByLabel(labels.note).fill(text.note);
  await form.getByLabel(labels.name).fill("Rosa Delgado");
  await form.getByLabel(labels.email).fill(text.email);
  // The form's time trap: a person takes a few seconds (COMMENT_MIN_SECONDS, 3 by default).
  await page.waitForTimeout(3_200);
}

export const ENGLISH = {
  place: "Place",
  newPlaceOption: "A place not on this list (type its address below)",
  placeName: "Name of the place",
  street: "Street address",
  city: "City",
  state: "State",
  zip: "ZIP code",
  date1: "First choice of date",
  note: "Your note to the department",
  name: "Your name or organization (optional)",
  email: "Your email (optional)",
  send: "Send the proposal",
};

export const SPANISH: typeof ENGLISH = {
  place: "Lugar",
  newPlaceOption: "Un lugar que no está en la lista (escriba su dirección abajo)",
  placeName: "Nombre del lugar",
  street: "Dirección",
  city: "Ciudad",
  state: "Estado",
  zip: "Código postal (ZIP)",
  date1: "Primera fecha preferida",
  note: "Su nota para el departamento",
  name: "Su nombre u organización (opcional)",
  email: "Su correo electrónico (opcional)",
  send: "Enviar la propuesta",
};

/** A pending proposal to East Hartford, stored directly; returns its id. */
export async function storedProposal(text: ProposalText = uniqueProposal()): Promise<string> {
  const id = `e2e-proposal-${crypto.randomUUID()}`;
  await withE2eDatabase((db) =>
    db.query(
      `INSERT INTO "EventProposal" (id, "departmentId", "placeName", "streetAddress", city, state, "postalCode",
                                    "suggestedDates", note, email, locale, "senderHash", "idempotencyKey")
       SELECT $1, id, $2, '120 Main Street', 'East Hartford', 'CT', '06108', ARRAY[$3], $4, $5, 'en', 'e2e', $1
         FROM "Department" WHERE slug = 'east-hartford-police'`,
      [id, text.place, text.date, text.note, text.email],
    ),
  );
  return id;
}

/** The newest outbox email to `to`, read by the signed-in site admin (the job runner sends within seconds). */
export async function outboxEmail(page: Page, to: string, subject: string) {
  await expect(async () => {
    await page.goto("/admin/outbox");
    // "To …" or, when the language remembered is Spanish, "Para …".
    await expect(page.getByText(new RegExp(`(To|Para) ${to.replaceAll(".", "\\.")}`))).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 60_000, intervals: [1_000] });
  return page.getByRole("article", { name: subject }).filter({ hasText: to });
}
