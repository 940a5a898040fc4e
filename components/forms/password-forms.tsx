"use client";
// Choosing a password from an invitation or reset link, and asking for a reset link.
import { useActionState } from "react";
import {
  IDLE,
  bindFields,
  fieldError,
  formKey,
  type ActionState,
  type FormAction,
} from "@/lib/actions/state";
import { PASSWORD_MIN } from "@/lib/users/limits";
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

/** The new password, twice. */
function NewPasswordFields({ state, hint }: { state: ActionState; hint: string }) {
  return (
    <>
      <PasswordField
        state={state}
        name="password"
        label="New password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. ${hint}`}
      />
      <PasswordField
        state={state}
        name="passwordConfirmation"
        label="Password again"
        autoComplete="new-password"
      />
    </>
  );
}

export function SetPasswordForm({
  action,
  token,
  email,
}: {
  action: FormAction;
  token: string;
  email: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus
        state={state}
        labels={{ password: "New password", passwordConfirmation: "Password again" }}
      />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers save the password for the right account. */}
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <NewPasswordFields state={state} hint="A few unrelated words work well." />
      <SubmitButton>Save password</SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  // The browser checks the email's form itself (no noValidate here): without JavaScript,
  // this page loses the server's answer under cacheComponents (lib/users/actions.ts).
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4">
      <FormStatus state={state} labels={{ email: "Email" }} />
      <TextField {...bindFields(state)("email")} label="Email" type="email" autoComplete="username" />
      <SubmitButton>Send me a link</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm({ action, email }: { action: FormAction; email: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus
        state={state}
        labels={{
          currentPassword: "Current password",
          password: "New password",
          passwordConfirmation: "Password again",
        }}
      />
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <PasswordField
        state={state}
        name="currentPassword"
        label="Current password"
        autoComplete="current-password"
      />
      <NewPasswordFields state={state} hint="Saving signs you out everywhere." />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
