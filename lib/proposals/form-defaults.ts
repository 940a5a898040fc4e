// The event form, prefilled from a proposal: its department leads, at its place (a venue
// the site has, or the new one typed, in the department's time zone), on the first
// suggested date still ahead. The proposer's note is shown beside the form, never put in
// the event's public text.
import "server-only";
import { createTranslator } from "next-intl";
import { newEventDefaults, type EventFormDefaults, type EventFormOptions } from "@/lib/events/form-defaults";
import { NEW_VENUE } from "@/lib/events/limits";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { ProposalDetail } from "./queries";

const texts = (locale: "en" | "es") =>
  createTranslator({ locale, messages: CATALOGS[locale], namespace: "AdminProposals.draft" });

export type ProposalEventForm = { defaults: EventFormDefaults; newVenue: Record<string, string> };

export function proposalEventDefaults(
  proposal: ProposalDetail,
  options: EventFormOptions,
  today = new Date().toISOString().slice(0, 10),
): ProposalEventForm {
  const place = proposal.venue?.name ?? proposal.placeName ?? "";
  const values = { place, department: proposal.department.name };
  const [en, es] = [texts("en"), texts("es")];
  return {
    defaults: {
      ...newEventDefaults(options),
      title: en("title", values),
      titleEs: es("title", values),
      description: en("description", values),
      descriptionEs: es("description", values),
      date: proposal.suggestedDates.find((date) => date > today) ?? "",
      venueId: proposal.venueId ?? NEW_VENUE,
      leadDepartmentId: proposal.departmentId,
    },
    newVenue: proposal.venueId
      ? {}
      : {
          venueName: proposal.placeName ?? "",
          streetAddress: proposal.streetAddress ?? "",
          city: proposal.city ?? "",
          state: proposal.state ?? "",
          postalCode: proposal.postalCode ?? "",
          timeZone: proposal.department.timeZone,
        },
  };
}
