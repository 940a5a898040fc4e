"use client";
import { useActionState } from "react";
import { IDLE, bindFields, formKey, type ActionState } from "@/lib/actions/state";
import { DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS } from "@/lib/departments/labels";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { STATE_OPTIONS, ZONE_OPTIONS } from "./place-options";

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
  about: string;
  aboutEs: string;
  verifiedDomains: string;
};

const LABELS: Record<string, string> = {
  name: "Name",
  slug: "Web address name",
  kind: "Kind of agency",
  city: "City",
  state: "State",
  timeZone: "Time zone",
  phone: "Non-emergency phone",
  website: "Website",
  about: "About",
  aboutEs: "About, in Spanish",
  verifiedDomains: "Verified email domains",
};

const KIND_OPTIONS = DEPARTMENT_KINDS.map((k) => ({ value: k, label: DEPARTMENT_KIND_LABELS[k] }));

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: DepartmentDefaults;
};

export function DepartmentForm({ action, defaults }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const field = bindFields(state, defaults);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={LABELS} />
      {defaults.departmentId && <input type="hidden" name="departmentId" value={defaults.departmentId} />}
      <TextField {...field("name")} label="Name" />
      <TextField
        {...field("slug")}
        label="Web address name"
        hint="Used in the address of its public page: /departments/east-hartford-police"
      />
      <SelectField {...field("kind")} label="Kind of agency" options={KIND_OPTIONS} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("city")} label="City" />
        <SelectField {...field("state")} label="State" options={STATE_OPTIONS} placeholder="Choose…" />
      </div>
      <SelectField {...field("timeZone")} label="Time zone" options={ZONE_OPTIONS} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("phone")} label="Non-emergency phone" type="tel" />
        <TextField {...field("website")} label="Website" type="url" />
      </div>
      <TextArea {...field("about")} label="About" rows={4} />
      <TextArea
        {...field("aboutEs")}
        label="About, in Spanish (optional)"
        rows={4}
        lang="es"
        hint="Shown on the Spanish page. Without it, the Spanish page shows the text above, marked as English."
      />
      <TextField
        {...field("verifiedDomains")}
        label="Verified email domains"
        hint="Staff invitations need an email on one of these, e.g. ehpd.gov, easthartfordct.gov"
      />
      <SubmitButton>{defaults.departmentId ? "Save department" : "Create department"}</SubmitButton>
    </form>
  );
}
