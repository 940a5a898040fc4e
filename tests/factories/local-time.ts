// The factories build times with the site's own wall-clock helpers.
export { atLocalTime, localDateKey, localTimeOfDay } from "../../lib/time/local";
