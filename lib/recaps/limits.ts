// Lengths and counts the recap forms and their schemas share. No zod: forms ship to the browser.
export const RECAP_LIMITS = {
  summary: { min: 20, max: 4000 },
  attendance: { min: 0, max: 100_000 },
  followUpTitle: { min: 5, max: 200 },
  note: { min: 3, max: 1000 },
  /** Questions one follow-up may answer. */
  questions: 50,
} as const;
