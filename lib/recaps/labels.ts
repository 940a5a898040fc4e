// A follow-up's states as forms offer them (their words: Recaps.state in the catalogs).
// Safe for client components.
import { FollowUpState } from "@/lib/generated/prisma/enums";

export type { FollowUpState };

export const FOLLOW_UP_STATES = Object.values(FollowUpState) as [FollowUpState, ...FollowUpState[]];

/** States that still wait on the department: listed on its page. */
export const UNFINISHED_STATES: FollowUpState[] = ["OPEN", "IN_PROGRESS"];
