// What the event form starts with: sensible defaults for a new event, a copy of an
// existing one (duplicate: everything but the date), or the stored event (edit); and the
// shapes of those values and of the form's choices.
import "server-only";
import { hasDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import type { EditableEvent } from "./select";
import { localTimesOf } from "./times";

export type Option = { value: string; label: string };

export type EventFormOptions = {
  leadDepartments: (Option & { timeZone: string })[];
  departments: Option[];
  venues: (Option & { timeZone: string })[];
  /** Departments whose hosting this user may not remove (not staff there). */
  protectedDepartmentIds: string[];
};

export type EventFormDefaults = {
  eventId?: string;
  status?: "DRAFT" | "PUBLISHED" | "CANCELLED";
  title: string;
  description: string;
  titleEs: string;
  descriptionEs: string;
  format: string;
  date: string;
  startTime: string;
  endTime: string;
  venueId: string;
  leadDepartmentId: string;
  coHostIds: string[];
  /** Co-hosts invited that have not answered yet (editing only). */
  invitedHostIds?: string[];
  languages: string[];
  noHost: boolean;
  accessibilityNotes: string;
};

export function newEventDefaults(options: EventFormOptions): EventFormDefaults {
  const only = options.leadDepartments.length === 1 ? options.leadDepartments[0]?.value : undefined;
  return {
    title: "",
    description: "",
    titleEs: "",
    descriptionEs: "",
    format: "COFFEE_WITH_A_COP",
    date: "",
    startTime: "08:00",
    endTime: "09:30",
    venueId: "",
    leadDepartmentId: only ?? "",
    coHostIds: [],
    languages: ["en"],
    noHost: false,
    accessibilityNotes: "",
  };
}

export function storedEventDefaults(event: EditableEvent): EventFormDefaults {
  return {
    eventId: event.id,
    status: event.status,
    title: event.title,
    description: event.description,
    titleEs: event.titleEs ?? "",
    descriptionEs: event.descriptionEs ?? "",
    format: event.format,
    ...localTimesOf(event.startsAt, event.endsAt, event.timeZone),
    venueId: event.venueId,
    leadDepartmentId: (event.hosts.find((h) => h.isLead) ?? event.hosts[0])?.departmentId ?? "",
    coHostIds: event.hosts.map((h) => h.departmentId),
    invitedHostIds: event.hosts.filter((h) => h.state === "INVITED").map((h) => h.departmentId),
    languages: event.languages,
    noHost: event.noHost,
    accessibilityNotes: event.accessibilityNotes ?? "",
  };
}

/** A new event like `event`; the person picks the new date. */
export function duplicateDefaults(user: CurrentUser, event: EditableEvent): EventFormDefaults {
  const stored = storedEventDefaults(event);
  const lead =
    event.hosts.find((h) => h.state === "ACCEPTED" && hasDepartmentRole(user, h.departmentId, "STAFF"))
      ?.departmentId ?? "";
  return {
    ...stored,
    eventId: undefined,
    status: undefined,
    invitedHostIds: undefined,
    date: "",
    leadDepartmentId: lead,
    coHostIds: stored.coHostIds.filter((id) => id !== lead),
  };
}
