"use client";
// The alert sign-up: an email address, which events (near a ZIP code or from a
// department), how often. Works without JavaScript; everything typed comes back after an
// error; the answer takes the focus.
import { bindFields, hiddenOr, typedOr } from "@/lib/actions/state";
import { subscribeAction } from "@/lib/alerts/actions";
import { ALERT_LIMITS } from "@/lib/alerts/limits";
import { HONEYPOT_FIELD } from "@/lib/comments/limits";
import { SelectField, TextField } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/choice-group";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";

/** The form's words, in the page's language (the page passes them: no i18n runtime here). */
export type SubscribeFormLabels = {
  email: string;
  emailHint: string;
  kind: string;
  kindNear: string;
  kindDepartment: string;
  zip: string;
  zipHint: string;
  radius: string;
  radiusOptions: { value: string; label: string }[];
  department: string;
  departmentHint: string;
  departmentPlaceholder: string;
  frequency: string;
  frequencies: { value: string; label: string }[];
  honeypot: string;
  submit: string;
  sending: string;
};

export type SubscribeFormStart = {
  kind: "near" | "department";
  zip: string;
  radiusMiles: string;
  departmentId: string;
};

export function SubscribeForm({
  labels,
  departments,
  start,
  timeTrap,
}: {
  labels: SubscribeFormLabels;
  departments: { value: string; label: string }[];
  start: SubscribeFormStart;
  /** The time trap's signed token for this form load (lib/comments/form-token.ts). */
  timeTrap: string;
}) {
  const [state, formAction] = useFormAnswer(subscribeAction, "alerts-status");
  const field = bindFields(state, start);
  const summaryLabels = {
    email: labels.email,
    kind: labels.kind,
    zip: labels.zip,
    radiusMiles: labels.radius,
    departmentId: labels.department,
    frequency: labels.frequency,
  };
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormStatus id="alerts-status" state={state} labels={summaryLabels} />
      <input type="hidden" name="timeTrap" value={hiddenOr(state, "timeTrap", timeTrap)} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`alerts-${HONEYPOT_FIELD}`}>{labels.honeypot}</label>
        <input
          id={`alerts-${HONEYPOT_FIELD}`}
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
      <TextField
        {...bindFields(state)("email")}
        type="email"
        label={labels.email}
        hint={labels.emailHint}
        autoComplete="email"
        maxLength={ALERT_LIMITS.email.max}
      />
      <RadioGroup
        name="kind"
        legend={labels.kind}
        checked={typedOr(state, "kind", start.kind)}
        error={state.status === "error" ? state.fieldErrors.kind?.[0] : undefined}
        options={[
          { value: "near", label: labels.kindNear },
          { value: "department", label: labels.kindDepartment },
        ]}
      />
      <div className="grid gap-4 rounded-lg border border-slate-300 p-4 sm:grid-cols-2">
        <TextField
          {...field("zip")}
          label={labels.zip}
          hint={labels.zipHint}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
        />
        <SelectField {...field("radiusMiles")} label={labels.radius} options={labels.radiusOptions} />
      </div>
      <div className="rounded-lg border border-slate-300 p-4">
        <SelectField
          {...field("departmentId")}
          label={labels.department}
          hint={labels.departmentHint}
          options={departments}
          placeholder={labels.departmentPlaceholder}
        />
      </div>
      <RadioGroup
        name="frequency"
        legend={labels.frequency}
        checked={typedOr(state, "frequency", "IMMEDIATE")}
        error={state.status === "error" ? state.fieldErrors.frequency?.[0] : undefined}
        options={labels.frequencies}
      />
      <SubmitButton pendingLabel={labels.sending}>{labels.submit}</SubmitButton>
    </form>
  );
}
