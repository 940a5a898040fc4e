"use client";
// The public proposal form: anyone, no account. Works without JavaScript; after an
// error every field shows what was typed, with its message next to it; after a success
// the thanks replaces the form (a second send is a new proposal, on purpose).
import { useActionState, type ReactNode } from "react";
import { IDLE, bindFields, formKey, hiddenOr } from "@/lib/actions/state";
import { HONEYPOT_FIELD } from "@/lib/comments/limits";
import { proposeEventAction } from "@/lib/proposals/actions";
import { NEW_PLACE, PROPOSAL_LIMITS as L } from "@/lib/proposals/limits";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

type Option = { value: string; label: string };

/** The form's words, in the page's language (proposalFormLabels, ./proposal-form-labels.ts). */
export type ProposalFormLabels = {
  fields: Record<string, string>;
  parts: { who: string; where: string; when: string; about: string };
  department: string;
  chooseDepartment: string;
  venue: string;
  venueHint: string;
  chooseVenue: string;
  newPlaceOption: string;
  newPlace: string;
  venueName: string;
  streetAddress: string;
  city: string;
  state: string;
  chooseState: string;
  postalCode: string;
  datesHint: string;
  date1: string;
  date2: string;
  date3: string;
  note: string;
  noteHint: string;
  proposerName: string;
  email: string;
  emailHint: string;
  honeypot: string;
  send: string;
  sending: string;
  another: string;
};

type Props = {
  labels: ProposalFormLabels;
  departments: Option[];
  venues: Option[];
  states: Option[];
  /** The department chosen on arrival (from a department's page). */
  departmentId: string;
  fresh: { idempotencyKey: string; timeTrap: string };
  /** This page's own address, to propose another event after a success. */
  againHref: string;
};

function Part({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-xl font-bold">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function ProposalForm({ labels, departments, venues, states, departmentId, fresh, againHref }: Props) {
  const [state, formAction] = useActionState(proposeEventAction, IDLE);
  const field = bindFields<Record<string, string>>(state, { departmentId });
  if (state.status === "success") {
    return (
      <div className="space-y-4">
        <FormStatus state={state} labels={{}} />
        <p>
          <a href={againHref}>{labels.another}</a>
        </p>
      </div>
    );
  }
  return (
    <form key={formKey(state)} action={formAction} className="space-y-8" noValidate>
      <FormStatus state={state} labels={labels.fields} />
      <input
        type="hidden"
        name="idempotencyKey"
        value={hiddenOr(state, "idempotencyKey", fresh.idempotencyKey)}
      />
      <input type="hidden" name="timeTrap" value={hiddenOr(state, "timeTrap", fresh.timeTrap)} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{labels.honeypot}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <Part legend={labels.parts.who}>
        <SelectField
          {...field("departmentId")}
          label={labels.department}
          placeholder={labels.chooseDepartment}
          options={departments}
        />
      </Part>

      <Part legend={labels.parts.where}>
        <SelectField
          {...field("venueId")}
          label={labels.venue}
          hint={labels.venueHint}
          placeholder={labels.chooseVenue}
          options={[...venues, { value: NEW_PLACE, label: labels.newPlaceOption }]}
        />
        <fieldset className="space-y-4 rounded-lg border-2 border-slate-300 p-4">
          <legend className="px-1 font-semibold">{labels.newPlace}</legend>
          <TextField {...field("venueName")} label={labels.venueName} maxLength={120} />
          <TextField
            {...field("streetAddress")}
            label={labels.streetAddress}
            autoComplete="street-address"
            maxLength={200}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField {...field("city")} label={labels.city} autoComplete="address-level2" maxLength={80} />
            <SelectField
              {...field("state")}
              label={labels.state}
              placeholder={labels.chooseState}
              options={states}
            />
            <TextField
              {...field("postalCode")}
              label={labels.postalCode}
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={5}
            />
          </div>
        </fieldset>
      </Part>

      <Part legend={labels.parts.when}>
        <p className="text-slate-700">{labels.datesHint}</p>
        <div className="grid gap-4 sm:grid-cols-3 sm:items-end">
          <TextField {...field("date1")} label={labels.date1} type="date" required />
          <TextField {...field("date2")} label={labels.date2} type="date" />
          <TextField {...field("date3")} label={labels.date3} type="date" />
        </div>
      </Part>

      <Part legend={labels.parts.about}>
        <TextArea
          {...field("note")}
          label={labels.note}
          hint={labels.noteHint}
          rows={5}
          maxLength={L.note.max}
          required
        />
        <TextField
          {...field("proposerName")}
          label={labels.proposerName}
          autoComplete="name"
          maxLength={L.proposerName.max}
        />
        <TextField
          {...field("email")}
          type="email"
          label={labels.email}
          hint={labels.emailHint}
          autoComplete="email"
          maxLength={L.email.max}
        />
      </Part>

      <SubmitButton pendingLabel={labels.sending}>{labels.send}</SubmitButton>
    </form>
  );
}
