"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { DECISIONS, ModerateSchema, moderateComments } from "./decide";

// One form serves both: a row's button sends act="APPROVED:<id>"; a bulk button sends
// act="APPROVED" with the ticked boxes as ids.
const ModerateFormSchema = z
  .object({
    act: z.string().max(60),
    ids: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .transform(({ act, ids }) => {
    const [decision, one] = act.split(":");
    return { decision, ids: one ? [one] : [ids ?? []].flat().filter(Boolean) };
  })
  .pipe(ModerateSchema);

const PAST: Record<keyof typeof DECISIONS, string> = {
  APPROVED: "Approved",
  REJECTED: "Rejected",
  SPAM: "Marked as spam",
};

export const moderateAction = safeAction(ModerateFormSchema, (user, input) => moderateComments(user, input), {
  onSuccess: ({ count, slugs }, { decision }) => {
    for (const slug of slugs) revalidatePath(`/events/${slug}`);
    revalidatePath("/admin/moderation");
    revalidatePath("/admin");
    return { status: "success", message: `${PAST[decision]}: ${count} comment${count === 1 ? "" : "s"}.` };
  },
});
