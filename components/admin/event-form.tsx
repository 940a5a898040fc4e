"use client";
// The staff event form: one page, plain fields, works without JavaScript. After an
// error every field shows what was typed, with its message next to it.
import { useActionState, type ReactNode } from "react";
import { IDLE, bindFields, formKey, type ActionState } from "@/lib/actions/state";
import { DESCRIPTION_MAX, NEW_VENUE, TITLE_MAX } from "@/lib/events/limits";
import { FORMAT_OPTIONS } from "@/lib/events/labels";
import type { EventFormDefaults, EventFormOptions } from "@/lib/events/form-defaults";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { NewVenueFields } from "./new-venue-fields";
import { ResidentFields } from "./resident-fields";
import { HostFields } from "./host-fields";
import { EVENT_FIELD_LABELS as LABELS } from "./form-labels";

/** One part of the form, headed by what it asks. */
function Part({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-xl font-bold">{legend}</legend>
      {children}
    </fieldset>
  );
}

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: EventFormDefaults;
  options: EventFormOptions;
};

export function EventForm({ action, defaults, options }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const field = bindFields(state, defaults);
  const editing = Boolean(defaults.eventId);

  return (
    <form key={formKey(state)} action={formAction} className="space-y-8" noValidate>
      <FormStatus state={state} labels={LABELS} />
      {defaults.eventId && <input type="hidden" name="eventId" value={defaults.eventId} />}

      <Part legend="What">
        <TextField
          {...field("title")}
          label="Title"
          hint="Residents see this first, e.g. “Coffee with a Cop at Main Street Diner”."
          maxLength={TITLE_MAX}
          required
        />
        <SelectField {...field("format")} label="Kind of event" options={FORMAT_OPTIONS} />
        <TextArea
          {...field("description")}
          label="Description"
          rows={6}
          maxLength={DESCRIPTION_MAX}
          required
          hint="What to expect, who will be there, anything residents should know. At least 20 characters."
        />
        <TextField
          {...field("titleEs")}
          label="Title in Spanish (optional)"
          hint="Shown on the Spanish pages. Without it, they show the title above, marked as English."
          maxLength={TITLE_MAX}
          lang="es"
        />
        <TextArea
          {...field("descriptionEs")}
          label="Description in Spanish (optional)"
          rows={4}
          maxLength={DESCRIPTION_MAX}
          lang="es"
        />
      </Part>

      <Part legend="When">
        <p className="text-slate-700">Enter the times as the clock at the venue will read them.</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField {...field("date")} label="Date" type="date" required />
          <TextField {...field("startTime")} label="Starts at" type="time" required />
          <TextField {...field("endTime")} label="Ends at" type="time" required />
        </div>
      </Part>

      <Part legend="Where">
        <SelectField
          {...field("venueId")}
          label="Venue"
          placeholder="Choose a venue…"
          options={[
            ...options.venues,
            { value: NEW_VENUE, label: "A new venue (fill in its address below)" },
          ]}
          hint="Each venue is listed with its town and time zone."
        />
        <NewVenueFields
          state={state}
          defaultTimeZone={options.leadDepartments[0]?.timeZone ?? "America/New_York"}
        />
      </Part>

      <Part legend="Who hosts">
        <HostFields state={state} options={options} editing={editing} defaults={defaults} />
      </Part>

      <Part legend="For residents">
        <ResidentFields state={state} defaults={defaults} />
      </Part>

      <div className="flex flex-wrap gap-3" aria-live="polite">
        {defaults.status === "DRAFT" || !editing ? (
          <>
            <SubmitButton name="intent" value="publish">
              {editing ? "Save and publish" : "Publish now"}
            </SubmitButton>
            <SubmitButton name="intent" value="draft" variant="secondary">
              Save as draft
            </SubmitButton>
          </>
        ) : (
          <SubmitButton name="intent" value="draft">
            Save changes
          </SubmitButton>
        )}
        {pending && <p>Saving…</p>}
      </div>
    </form>
  );
}
