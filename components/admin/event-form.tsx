"use client";
// The staff event form: one page, plain fields, works without JavaScript. After an
// error every field shows what was typed, with its message next to it.
import { useActionState } from "react";
import { IDLE, fieldError, formKey, typedOr, type ActionState } from "@/lib/actions/state";
import { DESCRIPTION_MAX, NEW_VENUE, TITLE_MAX } from "@/lib/events/limits";
import { EVENT_FORMATS, FORMAT_LABELS } from "@/lib/events/labels";
import type { EventFormDefaults, EventFormOptions } from "@/lib/events/form-defaults";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { NewVenueFields } from "./new-venue-fields";
import { ResidentFields } from "./resident-fields";
import { HostFields } from "./host-fields";
import { EVENT_FIELD_LABELS as LABELS } from "./form-labels";

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: EventFormDefaults;
  options: EventFormOptions;
};

export function EventForm({ action, defaults, options }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  type TextKey =
    | "title"
    | "description"
    | "format"
    | "date"
    | "startTime"
    | "endTime"
    | "venueId"
    | "leadDepartmentId"
    | "accessibilityNotes";
  const text = (name: TextKey) => typedOr(state, name, defaults[name]);
  const editing = Boolean(defaults.eventId);

  return (
    <form key={formKey(state)} action={formAction} className="space-y-8" noValidate>
      <FormStatus state={state} labels={LABELS} />
      {defaults.eventId && <input type="hidden" name="eventId" value={defaults.eventId} />}

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold">What</legend>
        <TextField
          name="title"
          label="Title"
          defaultValue={text("title")}
          error={fieldError(state, "title")}
          hint="Residents see this first, e.g. “Coffee with a Cop at Main Street Diner”."
          maxLength={TITLE_MAX}
          required
        />
        <SelectField
          name="format"
          label="Kind of event"
          defaultValue={text("format")}
          error={fieldError(state, "format")}
          options={EVENT_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
        />
        <TextArea
          name="description"
          label="Description"
          defaultValue={text("description")}
          rows={6}
          error={fieldError(state, "description")}
          maxLength={DESCRIPTION_MAX}
          required
          hint="What to expect, who will be there, anything residents should know. At least 20 characters."
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold">When</legend>
        <p className="text-slate-700">Enter the times as the clock at the venue will read them.</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            name="date"
            label="Date"
            type="date"
            defaultValue={text("date")}
            error={fieldError(state, "date")}
            required
          />
          <TextField
            name="startTime"
            label="Starts at"
            type="time"
            defaultValue={text("startTime")}
            error={fieldError(state, "startTime")}
            required
          />
          <TextField
            name="endTime"
            label="Ends at"
            type="time"
            defaultValue={text("endTime")}
            error={fieldError(state, "endTime")}
            required
          />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold">Where</legend>
        <SelectField
          name="venueId"
          label="Venue"
          defaultValue={text("venueId")}
          error={fieldError(state, "venueId")}
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
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold">Who hosts</legend>
        <HostFields state={state} options={options} editing={editing} defaults={defaults} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold">For residents</legend>
        <ResidentFields state={state} defaults={defaults} />
      </fieldset>

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
