// What the event form and its schema share: field limits and the "new venue" choice. No
// zod here: the form ships to the browser, the schema stays on the server.

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 4000;
/** The venue select's value for "a new venue (fill in its address below)". */
export const NEW_VENUE = "new";
