import { FOLLOW_UP_STATE_LABELS, type FollowUpState } from "@/lib/recaps/labels";

const STYLES: Record<FollowUpState, string> = {
  OPEN: "bg-amber-100 text-amber-950",
  IN_PROGRESS: "bg-sky-100 text-sky-950",
  DONE: "bg-green-100 text-green-900",
};

/** Where a follow-up stands, in words (never by colour alone). */
export function FollowUpStateBadge({ state }: { state: FollowUpState }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${STYLES[state]}`}>
      {FOLLOW_UP_STATE_LABELS[state]}
    </span>
  );
}
