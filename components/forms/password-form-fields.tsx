"use client";
// Choosing a password from an invitation or reset link, and asking for a reset link. Their
// words come from the server (password-forms.tsx), in the page's language.
import { useActionState } from "react";
import {
  IDLE,
  bindFields,
  fieldError,
  formKey,
  type ActionState,
  type FormAction,
} from "@/lib/actions/state";
import { TextField } from "./field";
import { FormStatus, SubmitButton } from "./form-status";

type PasswordFieldProps = {
  state: ActionState;
  name: string;
  label: string;
  autoComplete: "new-password" | "current-password";
  hint?: string;
};

/** A password field: never refilled after an error. */
function PasswordField({ state, name, ...rest }: PasswordFieldProps) {
  return <TextField name={name} type="password" defaultValue="" error={fieldError(state, name)} {...rest} />;
}

export type PasswordFormLabels = {
  newPassword: string;
  passwordAgain: string;
  /** The new password's hint on the set form, and on the change form. */
  setHint: string;
  changeHint: string;
  save: string;
  email: string;
  sendLink: string;
  currentPassword: string;
  change: string;
};

/** The new password, twice. */
function NewPasswordFields({
  state,
  hint,
  labels,
}: {
  state: ActionState;
  hint: string;
  labels: PasswordFormLabels;
}) {
  return (
    <>
      <PasswordField
        state={state}
        name="password"
        label={labels.newPassword}
        autoComplete="new-password"
        hint={hint}
      />
      <PasswordField
        state={state}
        name="passwordConfirmation"
        label={labels.passwordAgain}
        autoComplete="new-password"
      />
    </>
  );
}

export function SetPasswordFields({
  action,
  token,
  email,
  labels,
}: {
  action: FormAction;
  token: string;
  email: string;
  labels: PasswordFormLabels;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus
        state={state}
        labels={{ password: labels.newPassword, passwordConfirmation: labels.passwordAgain }}
      />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers save the password for the right account. */}
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <NewPasswordFields state={state} hint={labels.setHint} labels={labels} />
      <SubmitButton>{labels.save}</SubmitButton>
    </form>
  );
}

export function ForgotPasswordFields({ action, labels }: { action: FormAction; labels: PasswordFormLabels }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={{ email: labels.email }} />
      <TextField {...bindFields(state)("email")} label={labels.email} type="email" autoComplete="username" />
      <SubmitButton>{labels.sendLink}</SubmitButton>
    </form>
  );
}

export function ChangePasswordFields({
  action,
  email,
  labels,
}: {
  action: FormAction;
  email: string;
  labels: PasswordFormLabels;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus
        state={state}
        labels={{
          currentPassword: labels.currentPassword,
          password: labels.newPassword,
          passwordConfirmation: labels.passwordAgain,
        }}
      />
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <PasswordField
        state={state}
        name="currentPassword"
        label={labels.currentPassword}
        autoComplete="current-password"
      />
      <NewPasswordFields state={state} hint={labels.changeHint} labels={labels} />
      <SubmitButton>{labels.change}</SubmitButton>
    </form>
  );
}
