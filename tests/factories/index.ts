// Factories for realistic rows, shared by the tests and prisma/seed.ts.
export type { Db } from "./db";
export { buildDepartment, createDepartment, type DepartmentInput } from "./department";
export { buildVenue, createVenue, type VenueInput } from "./venue";
export {
  buildEvent,
  createEvent,
  eventSlug,
  hostRows,
  FORMAT_SLUG_PREFIXES,
  type BuildEventOptions,
  type CreateEventOptions,
  type EventInput,
  type VenueRef,
} from "./event";
export { buildComment, createComment, type CommentInput, type CreateCommentOptions } from "./comment";
export { createUser, DEFAULT_TEST_PASSWORD, type CreateUserOptions, type CreatedUser } from "./user";
export { atLocalTime, localDateKey, localTimeOfDay } from "./local-time";
export { createSeries, type CreateSeriesOptions } from "./series";
export { uniqueSuffix } from "./unique";
export { slugify } from "../../lib/text/slug";
export { createRecap, type FollowUpSeed, type RecapSeed } from "./recap";
