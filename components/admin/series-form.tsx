"use client";
// The series form: the rule in words, the time at the venue, and what every occurrence says.
import { useActionState } from "react";
import { IDLE, fieldError, formKey, typedListOr, typedOr, type ActionState } from "@/lib/actions/state";
import { CheckboxGroup } from "@/components/forms/choice-group";
import { EVENT_FORMATS, FORMAT_LABELS } from "@/lib/events/labels";
import type { SeriesDefaults } from "@/lib/series/form-defaults";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { ResidentFields } from "./resident-fields";
import { MONTH_CHOICES, ORDINAL_CHOICES, PATTERN_CHOICES, WEEKDAY_CHOICES } from "@/lib/series/labels";
import { SERIES_FIELD_LABELS as LABELS } from "./form-labels";

type Option = { value: string; label: string };
type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: SeriesDefaults;
  departments: Option[];
  venues: Option[];
  allDepartments: Option[];
};

export function SeriesForm({ action, defaults, departments, venues, allDepartments }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const text = (name: Exclude<keyof SeriesDefaults, "languages" | "noHost" | "coHostIds">) =>
    typedOr(state, name, defaults[name]);
  const error = (name: string) => fieldError(state, name);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-6" noValidate>
      <FormStatus state={state} labels={LABELS} />
      {defaults.seriesId ? (
        <input type="hidden" name="seriesId" value={defaults.seriesId} />
      ) : (
        <SelectField
          name="departmentId"
          label="Hosting department"
          defaultValue={text("departmentId")}
          error={error("departmentId")}
          options={departments}
        />
      )}
      <TextField name="title" label="Title" defaultValue={text("title")} error={error("title")} />
      <SelectField
        name="format"
        label="Kind of event"
        defaultValue={text("format")}
        error={error("format")}
        options={EVENT_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
      />
      <TextArea
        name="description"
        label="Description"
        defaultValue={text("description")}
        error={error("description")}
        rows={4}
      />

      <fieldset className="space-y-4 rounded-lg border-2 border-slate-300 p-4">
        <legend className="px-1 text-lg font-bold">When it repeats</legend>
        <p className="text-slate-700">
          E.g. “Every month, on the first Wednesday” or “Once a year in October, on the first Wednesday”
          (National Coffee with a Cop Day).
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="pattern"
            label="Repeats"
            defaultValue={text("pattern")}
            error={error("pattern")}
            options={PATTERN_CHOICES}
          />
          <SelectField
            name="month"
            label="Month (yearly only)"
            defaultValue={text("month")}
            error={error("month")}
            options={MONTH_CHOICES}
          />
          <SelectField
            name="ordinal"
            label="Which week (monthly and yearly)"
            defaultValue={text("ordinal")}
            error={error("ordinal")}
            options={ORDINAL_CHOICES}
          />
          <SelectField
            name="weekday"
            label="Day"
            defaultValue={text("weekday")}
            error={error("weekday")}
            options={WEEKDAY_CHOICES}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            name="startsOn"
            label="First possible date"
            type="date"
            defaultValue={text("startsOn")}
            error={error("startsOn")}
          />
          <TextField
            name="startTime"
            label="Starts at"
            type="time"
            defaultValue={text("startTime")}
            error={error("startTime")}
            hint="Venue time"
          />
          <TextField
            name="endTime"
            label="Ends at"
            type="time"
            defaultValue={text("endTime")}
            error={error("endTime")}
            hint="Venue time"
          />
        </div>
        <p className="text-sm text-slate-700">
          Occurrences are created for the next 12 months, each editable on its own.
        </p>
      </fieldset>

      <SelectField
        name="venueId"
        label="Venue"
        defaultValue={text("venueId")}
        error={error("venueId")}
        options={venues}
        placeholder="Choose a venue…"
      />
      <CheckboxGroup
        name="coHostIds"
        legend="Co-hosts (optional)"
        hint="Other departments invited to host every date: they co-host once their staff accept. Dates changed by hand keep their own hosts."
        error={error("coHostIds")}
        checked={typedListOr(state, "coHostIds", defaults.coHostIds)}
        options={allDepartments}
      />
      <ResidentFields state={state} defaults={defaults} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="publish">
          {defaults.seriesId ? "Save and update future dates" : "Create and publish"}
        </SubmitButton>
        {!defaults.seriesId && (
          <SubmitButton name="intent" value="draft" variant="secondary">
            Create as drafts
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
