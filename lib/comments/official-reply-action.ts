"use server";
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { OfficialReplySchema, postOfficialReply } from "./official-reply";

export const officialReplyAction = safeAction(
  OfficialReplySchema,
  (user, input) => postOfficialReply(user, input),
  {
    onSuccess: ({ eventSlug }) => {
      revalidatePath(`/events/${eventSlug}`);
      return { status: "success", message: "Your official reply is published." };
    },
  },
);
