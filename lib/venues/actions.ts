"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { UpdateVenueSchema } from "./schemas";
import { updateVenue } from "./actions-update";

export const updateVenueAction = safeAction(UpdateVenueSchema, updateVenue, {
  onSuccess: (venue) => {
    // The venue shows on its page and on every event held there.
    revalidatePath(`/venues/${venue.slug}`);
    revalidatePath("/", "layout");
    redirect(`/admin/venues/${venue.id}?notice=saved`);
  },
});
