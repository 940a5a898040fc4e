"use server";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { localizedPath } from "@/lib/i18n/paths";
import { UpdateVenueSchema } from "./schemas";
import { updateVenue } from "./update-venue";
import { revalidateVenuePages } from "./cache";

export const updateVenueAction = safeAction(UpdateVenueSchema, updateVenue, {
  onSuccess: ({ eventsHeldThere, ...venue }, _input, { locale }) => {
    revalidateVenuePages(venue, eventsHeldThere);
    redirect(localizedPath(locale, `/admin/venues/${venue.id}?notice=saved`));
  },
});
