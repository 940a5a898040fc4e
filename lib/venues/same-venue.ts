// Is a venue typed into a form one the site already has? Names and addresses are compared
// forgivingly: case, accents, spacing and punctuation aside, "St" and "Street" (and the
// other common street words) alike, a leading "The" ignored. Same name, same street
// address, in the same city (or ZIP code) and state: the same venue.
// No "server-only": a pure module, tested on its own.

const SAME_WORD: Record<string, string> = {
  st: "street",
  str: "street",
  ave: "avenue",
  av: "avenue",
  rd: "road",
  blvd: "boulevard",
  dr: "drive",
  ln: "lane",
  ct: "court",
  pl: "place",
  sq: "square",
  cir: "circle",
  ter: "terrace",
  trl: "trail",
  hwy: "highway",
  pkwy: "parkway",
  tpke: "turnpike",
  ste: "suite",
  n: "north",
  s: "south",
  e: "east",
  w: "west",
  ne: "northeast",
  nw: "northwest",
  se: "southeast",
  sw: "southwest",
  mt: "mount",
  ft: "fort",
  "&": "and",
};

/** The words of a name or address, as compared: "400 Main St." → "400 main street". */
export function comparableText(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " & ")
    .split(/[^a-z0-9&]+/)
    .filter(Boolean)
    .map((word) => SAME_WORD[word] ?? word);
  if (words[0] === "the" && words.length > 1) words.shift();
  return words.join(" ");
}

export type VenueAddress = {
  name: string;
  streetAddress: string;
  city: string;
  state: string;
  postalCode: string;
};

/** True when the two describe the same place (see the top of this file). */
export function isSameVenue(a: VenueAddress, b: VenueAddress): boolean {
  return (
    comparableText(a.name) === comparableText(b.name) &&
    comparableText(a.streetAddress) === comparableText(b.streetAddress) &&
    a.state.toUpperCase() === b.state.toUpperCase() &&
    (comparableText(a.city) === comparableText(b.city) || a.postalCode.trim() === b.postalCode.trim())
  );
}

/** "Riverside Diner, 400 Main St, East Hartford, CT 06118": how a found venue is named to staff. */
export function venueAddressLine(venue: VenueAddress): string {
  return `${venue.name}, ${venue.streetAddress}, ${venue.city}, ${venue.state} ${venue.postalCode}`;
}

/** The form's answer to "this venue exists": create a new one anyway, or use the one found (its id). */
export const CREATE_ANYWAY = "new";
