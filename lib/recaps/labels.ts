// The words shown for a follow-up's state, and the states as forms offer them. Safe for
// client components.
import { FollowUpState } from "@/lib/generated/prisma/enums";

export type { FollowUpState };

export const FOLLOW_UP_STATES = Object.values(FollowUpState) as [FollowUpState, ...FollowUpState[]];

export const FOLLOW_UP_STATE_LABELS: Record<FollowUpState, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
};

export const FOLLOW_UP_STATE_OPTIONS = FOLLOW_UP_STATES.map((value) => ({
  value,
  label: FOLLOW_UP_STATE_LABELS[value],
}));

/** States that still wait on the department: listed on its page. */
export const UNFINISHED_STATES: FollowUpState[] = ["OPEN", "IN_PROGRESS"];
