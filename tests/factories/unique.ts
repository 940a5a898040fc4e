// Unique but readable suffixes, so tests can create rows again and again in one database
// (and parallel test processes never collide).
const processTag = Math.random().toString(36).slice(2, 6);
let counter = 0;

export function uniqueSuffix(): string {
  counter += 1;
  return `${processTag}-${counter}`;
}
