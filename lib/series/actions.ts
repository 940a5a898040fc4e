"use server";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { localizedPath } from "@/lib/i18n/paths";
import { CreateSeriesSchema, UpdateSeriesSchema } from "./schemas";
import { createSeries } from "./create-series";
import { updateSeries } from "./update-series";
import { revalidateSeriesEvents } from "./cache";

export const createSeriesAction = safeAction(CreateSeriesSchema, createSeries, {
  onSuccess: ({ series, occurrences }, _input, { locale }) => {
    revalidateSeriesEvents(occurrences);
    redirect(localizedPath(locale, `/admin/series/${series.id}?notice=created`));
  },
});

export const updateSeriesAction = safeAction(UpdateSeriesSchema, (user, input) => updateSeries(user, input), {
  onSuccess: ({ series, touched }, _input, { locale }) => {
    revalidateSeriesEvents(touched);
    redirect(localizedPath(locale, `/admin/series/${series.id}?notice=saved`));
  },
});
