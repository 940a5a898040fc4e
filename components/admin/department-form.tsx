"use client";
import { useActionState } from "react";
import { IDLE, fieldError, formKey, typedOr, type ActionState } from "@/lib/actions/state";
import { DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS } from "@/lib/departments/labels";
import { US_STATE_NAMES } from "@/lib/geo/us-states";
import { SUPPORTED_TIME_ZONES, zoneLabel } from "@/lib/time/zones";
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
  about: string;
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
  verifiedDomains: "Verified email domains",
};

const STATES = Object.entries(US_STATE_NAMES).map(([value, label]) => ({ value, label }));
const ZONES = SUPPORTED_TIME_ZONES.map((zone) => ({
  value: zone,
  label: `${zoneLabel(zone, new Date()).replace(/ \(.*\)$/, "")} — ${zone}`,
}));

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: DepartmentDefaults;
};

export function DepartmentForm({ action, defaults }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const text = (name: keyof DepartmentDefaults) => typedOr(state, name, defaults[name]);
  const error = (name: string) => fieldError(state, name);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={LABELS} />
      {defaults.departmentId && <input type="hidden" name="departmentId" value={defaults.departmentId} />}
      <TextField name="name" label="Name" defaultValue={text("name")} error={error("name")} />
      <TextField
        name="slug"
        label="Web address name"
        defaultValue={text("slug")}
        error={error("slug")}
        hint="Used in the address of its public page: /departments/east-hartford-police"
      />
      <SelectField
        name="kind"
        label="Kind of agency"
        defaultValue={text("kind")}
        error={error("kind")}
        options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: DEPARTMENT_KIND_LABELS[k] }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="city" label="City" defaultValue={text("city")} error={error("city")} />
        <SelectField
          name="state"
          label="State"
          defaultValue={text("state")}
          error={error("state")}
          options={STATES}
          placeholder="Choose…"
        />
      </div>
      <SelectField
        name="timeZone"
        label="Time zone"
        defaultValue={text("timeZone")}
        error={error("timeZone")}
        options={ZONES}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="phone"
          label="Non-emergency phone"
          type="tel"
          defaultValue={text("phone")}
          error={error("phone")}
        />
        <TextField
          name="website"
          label="Website"
          type="url"
          defaultValue={text("website")}
          error={error("website")}
        />
      </div>
      <TextArea name="about" label="About" defaultValue={text("about")} error={error("about")} rows={4} />
      <TextField
        name="verifiedDomains"
        label="Verified email domains"
        defaultValue={text("verifiedDomains")}
        error={error("verifiedDomains")}
        hint="Staff invitations need an email on one of these, e.g. ehpd.gov, easthartfordct.gov"
      />
      <SubmitButton>{defaults.departmentId ? "Save department" : "Create department"}</SubmitButton>
    </form>
  );
}
