"use server";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { UpdateVenueSchema } from "./schemas";
import { updateVenue } from "./update-venue";
import { revalidateVenuePages } from "./cache";

export const updateVenueAction = safeAction(UpdateVenueSchema, updateVenue, {
  onSuccess: ({ eventsHeldThere, ...venue }) => {
    revalidateVenuePages(venue, eventsHeldThere);
    redirect(`/admin/venues/${venue.id}?notice=saved`);
  },
});
