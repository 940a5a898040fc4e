// What the proposal form and its schema share: field limits and the "new place" choice.
// No zod here: the form ships to the browser.

export const PROPOSAL_LIMITS = {
  proposerName: { max: 80 },
  email: { max: 254 },
  note: { min: 10, max: 2000 },
  declineReason: { min: 5, max: 500 },
} as const;

/** How many dates a proposal may suggest (the first is required). */
export const DATE_FIELDS = ["date1", "date2", "date3"] as const;

/** How far ahead a date may be suggested. */
export const MAX_DAYS_AHEAD = 180;

/** The place select's value for "a place not on this list". */
export const NEW_PLACE = "new";
