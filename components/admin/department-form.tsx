"use client";
import { useActionState } from "react";
import { IDLE, bindFields, formKey, type ActionState } from "@/lib/actions/state";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

export type DepartmentDefaults = {
  departmentId?: string;
  name: string;
  slug: string;
  kind: string;
  city: string;
  state: string;
  timeZone: string;
  phone: string;
  website: string;
  contactUrl: string;
  about: string;
  aboutEs: string;
  verifiedDomains: string;
};

type Field = keyof Omit<DepartmentDefaults, "departmentId">;

/** The form's words in the page's language (departmentFormLabels, components/admin/department-form-labels.ts). */
export type DepartmentFormLabels = {
  /** Each field's name, also used in the list of fields to fix. */
  fields: Record<Field, string>;
  aboutEsLabel: string;
  slugHint: string;
  contactUrlHint: string;
  aboutEsHint: string;
  verifiedDomainsHint: string;
  choose: string;
  /** The states and time zones, named in the page's language. */
  states: { value: string; label: string }[];
  zones: { value: string; label: string }[];
  kinds: { value: string; label: string }[];
  create: string;
  save: string;
};

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: DepartmentDefaults;
  labels: DepartmentFormLabels;
  /** "contact": only the contact details and description, which the department's own staff keep. */
  part?: "all" | "contact";
  /** The submit button's words, when not the labels' create or save. */
  submit?: string;
};

export function DepartmentForm({ action, defaults, labels, part = "all", submit }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const field = bindFields(state, defaults);
  const { fields } = labels;
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={fields} />
      {defaults.departmentId && <input type="hidden" name="departmentId" value={defaults.departmentId} />}
      {part === "all" && (
        <>
          <TextField {...field("name")} label={fields.name} />
          <TextField {...field("slug")} label={fields.slug} hint={labels.slugHint} />
          <SelectField {...field("kind")} label={fields.kind} options={labels.kinds} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField {...field("city")} label={fields.city} />
            <SelectField
              {...field("state")}
              label={fields.state}
              options={labels.states}
              placeholder={labels.choose}
            />
          </div>
          <SelectField {...field("timeZone")} label={fields.timeZone} options={labels.zones} />
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("phone")} label={fields.phone} type="tel" />
        <TextField {...field("website")} label={fields.website} type="url" />
      </div>
      <TextField {...field("contactUrl")} label={fields.contactUrl} type="url" hint={labels.contactUrlHint} />
      <TextArea {...field("about")} label={fields.about} rows={4} />
      <TextArea
        {...field("aboutEs")}
        label={labels.aboutEsLabel}
        rows={4}
        lang="es"
        hint={labels.aboutEsHint}
      />
      {part === "all" && (
        <TextField
          {...field("verifiedDomains")}
          label={fields.verifiedDomains}
          hint={labels.verifiedDomainsHint}
        />
      )}
      <SubmitButton>{submit ?? (defaults.departmentId ? labels.save : labels.create)}</SubmitButton>
    </form>
  );
}
