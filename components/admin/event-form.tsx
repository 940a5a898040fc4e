"use client";
// The staff event form: one page, plain fields, works without JavaScript. After an
// error every field shows what was typed, with its message next to it.
import { useActionState, type ReactNode } from "react";
import { IDLE, bindFields, formKey, type ActionState } from "@/lib/actions/state";
import { DESCRIPTION_MAX, NEW_VENUE, TITLE_MAX } from "@/lib/events/limits";
import type { EventFormDefaults, EventFormOptions } from "@/lib/events/form-defaults";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { NewVenueFields, type NewVenueLabels } from "./new-venue-fields";
import { ResidentFields, type ResidentFieldsLabels } from "./resident-fields";
import { HostFields, type HostFieldsLabels } from "./host-fields";

/** One part of the form, headed by what it asks. */
function Part({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-xl font-bold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The form's words, in the page's language (eventFormLabels, ./event-form-labels.tsx). */
export type EventFormLabels = {
  /** Field names as the error summary lists them. */
  fields: Record<string, string>;
  parts: { what: string; when: string; where: string; hosts: string; residents: string };
  title: string;
  titleHint: string;
  format: string;
  formats: { value: string; label: string }[];
  description: string;
  descriptionHint: string;
  titleEs: string;
  titleEsHint: string;
  descriptionEs: string;
  whenHint: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  chooseVenue: string;
  newVenueOption: string;
  venueHint: string;
  newVenue: NewVenueLabels;
  hosts: HostFieldsLabels;
  residents: ResidentFieldsLabels;
  publishNow: string;
  saveAndPublish: string;
  saveAsDraft: string;
  saveChanges: string;
  saving: string;
};

type Props = {
  labels: EventFormLabels;
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: EventFormDefaults;
  options: EventFormOptions;
  /** A new event made from something else (a proposal): the new venue's fields, prefilled. */
  newVenueDefaults?: Record<string, string>;
  /** Hidden fields the action needs besides the event's (e.g. the proposal's id). */
  hidden?: Record<string, string>;
  /** Only a draft may be saved, with this button (accepting a proposal). */
  draftOnlyLabel?: string;
};

export function EventForm({
  labels,
  action,
  defaults,
  options,
  newVenueDefaults,
  hidden,
  draftOnlyLabel,
}: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const field = bindFields(state, defaults);
  const editing = Boolean(defaults.eventId);

  return (
    <form key={formKey(state)} action={formAction} className="space-y-8" noValidate>
      <FormStatus state={state} labels={labels.fields} />
      {defaults.eventId && <input type="hidden" name="eventId" value={defaults.eventId} />}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}

      <Part legend={labels.parts.what}>
        <TextField
          {...field("title")}
          label={labels.title}
          hint={labels.titleHint}
          maxLength={TITLE_MAX}
          required
        />
        <SelectField {...field("format")} label={labels.format} options={labels.formats} />
        <TextArea
          {...field("description")}
          label={labels.description}
          rows={6}
          maxLength={DESCRIPTION_MAX}
          required
          hint={labels.descriptionHint}
        />
        <TextField
          {...field("titleEs")}
          label={labels.titleEs}
          hint={labels.titleEsHint}
          maxLength={TITLE_MAX}
          lang="es"
        />
        <TextArea
          {...field("descriptionEs")}
          label={labels.descriptionEs}
          rows={4}
          maxLength={DESCRIPTION_MAX}
          lang="es"
        />
      </Part>

      <Part legend={labels.parts.when}>
        <p className="text-slate-700">{labels.whenHint}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField {...field("date")} label={labels.date} type="date" required />
          <TextField {...field("startTime")} label={labels.startTime} type="time" required />
          <TextField {...field("endTime")} label={labels.endTime} type="time" required />
        </div>
      </Part>

      <Part legend={labels.parts.where}>
        <SelectField
          {...field("venueId")}
          label={labels.venue}
          placeholder={labels.chooseVenue}
          options={[...options.venues, { value: NEW_VENUE, label: labels.newVenueOption }]}
          hint={labels.venueHint}
        />
        <NewVenueFields
          state={state}
          labels={labels.newVenue}
          defaultTimeZone={options.leadDepartments[0]?.timeZone ?? "America/New_York"}
          defaults={newVenueDefaults}
        />
      </Part>

      <Part legend={labels.parts.hosts}>
        <HostFields
          state={state}
          labels={labels.hosts}
          options={options}
          editing={editing}
          defaults={defaults}
        />
      </Part>

      <Part legend={labels.parts.residents}>
        <ResidentFields state={state} labels={labels.residents} defaults={defaults} />
      </Part>

      <div className="flex flex-wrap gap-3" aria-live="polite">
        {draftOnlyLabel ? (
          <SubmitButton name="intent" value="draft">
            {draftOnlyLabel}
          </SubmitButton>
        ) : defaults.status === "DRAFT" || !editing ? (
          <>
            <SubmitButton name="intent" value="publish">
              {editing ? labels.saveAndPublish : labels.publishNow}
            </SubmitButton>
            <SubmitButton name="intent" value="draft" variant="secondary">
              {labels.saveAsDraft}
            </SubmitButton>
          </>
        ) : (
          <SubmitButton name="intent" value="draft">
            {labels.saveChanges}
          </SubmitButton>
        )}
        {pending && <p>{labels.saving}</p>}
      </div>
    </form>
  );
}
