"use server";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { CreateSeriesSchema, UpdateSeriesSchema } from "./schemas";
import { createSeries } from "./create-series";
import { updateSeries } from "./update-series";
import { revalidateSeriesEvents } from "./cache";

export const createSeriesAction = safeAction(CreateSeriesSchema, createSeries, {
  onSuccess: ({ series, occurrences }) => {
    revalidateSeriesEvents(occurrences);
    redirect(`/admin/series/${series.id}?notice=created`);
  },
});

export const updateSeriesAction = safeAction(UpdateSeriesSchema, (user, input) => updateSeries(user, input), {
  onSuccess: ({ series, touched }) => {
    revalidateSeriesEvents(touched);
    redirect(`/admin/series/${series.id}?notice=saved`);
  },
});
