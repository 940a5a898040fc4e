"use client";
// The series form: the rule in words, the time at the venue, and what every occurrence says.
import { useActionState } from "react";
import { IDLE, bindFields, fieldError, formKey, typedListOr, type ActionState } from "@/lib/actions/state";
import { CheckboxGroup } from "@/components/forms/choice-group";
import type { SeriesDefaults } from "@/lib/series/form-defaults";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { ResidentFields, type ResidentFieldsLabels } from "./resident-fields";

type Option = { value: string; label: string };

/** The form's words, in the page's language (seriesFormLabels, ./series-form-labels.ts). */
export type SeriesFormLabels = {
  /** Field names as the error summary lists them. */
  fields: Record<string, string>;
  department: string;
  title: string;
  format: string;
  formats: Option[];
  description: string;
  repeatsLegend: string;
  repeatsHint: string;
  pattern: string;
  patterns: Option[];
  month: string;
  months: Option[];
  ordinal: string;
  ordinals: Option[];
  weekday: string;
  weekdays: Option[];
  startsOn: string;
  startTime: string;
  endTime: string;
  venueTime: string;
  occurrencesHint: string;
  venue: string;
  chooseVenue: string;
  coHosts: string;
  coHostsHint: string;
  residents: ResidentFieldsLabels;
  saveAndUpdate: string;
  createAndPublish: string;
  createAsDrafts: string;
};

type Props = {
  labels: SeriesFormLabels;
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: SeriesDefaults;
  departments: Option[];
  venues: Option[];
  allDepartments: Option[];
};

export function SeriesForm({ labels, action, defaults, departments, venues, allDepartments }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const field = bindFields(state, defaults);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-6" noValidate>
      <FormStatus state={state} labels={labels.fields} />
      {defaults.seriesId ? (
        <input type="hidden" name="seriesId" value={defaults.seriesId} />
      ) : (
        <SelectField {...field("departmentId")} label={labels.department} options={departments} />
      )}
      <TextField {...field("title")} label={labels.title} />
      <SelectField {...field("format")} label={labels.format} options={labels.formats} />
      <TextArea {...field("description")} label={labels.description} rows={4} />

      <fieldset className="space-y-4 rounded-lg border-2 border-slate-300 p-4">
        <legend className="px-1 text-lg font-bold">{labels.repeatsLegend}</legend>
        <p className="text-slate-700">{labels.repeatsHint}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField {...field("pattern")} label={labels.pattern} options={labels.patterns} />
          <SelectField {...field("month")} label={labels.month} options={labels.months} />
          <SelectField {...field("ordinal")} label={labels.ordinal} options={labels.ordinals} />
          <SelectField {...field("weekday")} label={labels.weekday} options={labels.weekdays} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField {...field("startsOn")} label={labels.startsOn} type="date" />
          <TextField {...field("startTime")} label={labels.startTime} type="time" hint={labels.venueTime} />
          <TextField {...field("endTime")} label={labels.endTime} type="time" hint={labels.venueTime} />
        </div>
        <p className="text-sm text-slate-700">{labels.occurrencesHint}</p>
      </fieldset>

      <SelectField
        {...field("venueId")}
        label={labels.venue}
        options={venues}
        placeholder={labels.chooseVenue}
      />
      <CheckboxGroup
        name="coHostIds"
        legend={labels.coHosts}
        hint={labels.coHostsHint}
        error={fieldError(state, "coHostIds")}
        checked={typedListOr(state, "coHostIds", defaults.coHostIds)}
        options={allDepartments}
      />
      <ResidentFields state={state} labels={labels.residents} defaults={defaults} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="publish">
          {defaults.seriesId ? labels.saveAndUpdate : labels.createAndPublish}
        </SubmitButton>
        {!defaults.seriesId && (
          <SubmitButton name="intent" value="draft" variant="secondary">
            {labels.createAsDrafts}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
