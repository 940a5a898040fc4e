"use server";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { revalidateEventPages } from "@/lib/events/admin-revalidate";
import { placesOf, type EventSnapshot } from "@/lib/events/admin-snapshot";
import { CreateSeriesSchema, UpdateSeriesSchema } from "./schemas";
import { createSeries } from "./admin-create";
import { updateSeries } from "./admin-update";

function refresh(events: EventSnapshot[]) {
  if (events.length > 0) revalidateEventPages(...events.map(placesOf));
}

export const createSeriesAction = safeAction(CreateSeriesSchema, createSeries, {
  onSuccess: ({ series, occurrences }) => {
    refresh(occurrences);
    redirect(`/admin/series/${series.id}?notice=created`);
  },
});

export const updateSeriesAction = safeAction(UpdateSeriesSchema, (user, input) => updateSeries(user, input), {
  onSuccess: ({ series, touched }) => {
    refresh(touched);
    redirect(`/admin/series/${series.id}?notice=saved`);
  },
});
