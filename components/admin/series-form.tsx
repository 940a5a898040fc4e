"use client";
// The series form: the rule in words, the time at the venue, and what every occurrence says.
import { useActionState } from "react";
import { IDLE, bindFields, fieldError, formKey, typedListOr, type ActionState } from "@/lib/actions/state";
import { CheckboxGroup } from "@/components/forms/choice-group";
import { FORMAT_OPTIONS } from "@/lib/events/labels";
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
  const field = bindFields(state, defaults);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-6" noValidate>
      <FormStatus state={state} labels={LABELS} />
      {defaults.seriesId ? (
        <input type="hidden" name="seriesId" value={defaults.seriesId} />
      ) : (
        <SelectField {...field("departmentId")} label="Hosting department" options={departments} />
      )}
      <TextField {...field("title")} label="Title" />
      <SelectField {...field("format")} label="Kind of event" options={FORMAT_OPTIONS} />
      <TextArea {...field("description")} label="Description" rows={4} />

      <fieldset className="space-y-4 rounded-lg border-2 border-slate-300 p-4">
        <legend className="px-1 text-lg font-bold">When it repeats</legend>
        <p className="text-slate-700">
          E.g. “Every month, on the first Wednesday” or “Once a year in October, on the first Wednesday”
          (National Coffee with a Cop Day).
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField {...field("pattern")} label="Repeats" options={PATTERN_CHOICES} />
          <SelectField {...field("month")} label="Month (yearly only)" options={MONTH_CHOICES} />
          <SelectField
            {...field("ordinal")}
            label="Which week (monthly and yearly)"
            options={ORDINAL_CHOICES}
          />
          <SelectField {...field("weekday")} label="Day" options={WEEKDAY_CHOICES} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField {...field("startsOn")} label="First possible date" type="date" />
          <TextField {...field("startTime")} label="Starts at" type="time" hint="Venue time" />
          <TextField {...field("endTime")} label="Ends at" type="time" hint="Venue time" />
        </div>
        <p className="text-sm text-slate-700">
          Occurrences are created for the next 12 months, each editable on its own.
        </p>
      </fieldset>

      <SelectField {...field("venueId")} label="Venue" options={venues} placeholder="Choose a venue…" />
      <CheckboxGroup
        name="coHostIds"
        legend="Co-hosts (optional)"
        hint="Other departments invited to host every date: they co-host once their staff accept. Dates changed by hand keep their own hosts."
        error={fieldError(state, "coHostIds")}
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
