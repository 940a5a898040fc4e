"use client";
// Choosing a password from an invitation or reset link, and asking for a reset link.
import { useActionState } from "react";
import { IDLE, fieldError, formKey, typedOr, type ActionState, type FormAction } from "@/lib/actions/state";
import { PASSWORD_MIN } from "@/lib/users/limits";
import { TextField } from "./field";
import { FormStatus, SubmitButton } from "./form-status";

/** The new password, twice (never refilled after an error). */
function NewPasswordFields({ state, hint }: { state: ActionState; hint: string }) {
  return (
    <>
      <TextField
        name="password"
        label="New password"
        type="password"
        defaultValue=""
        autoComplete="new-password"
        error={fieldError(state, "password")}
        hint={`At least ${PASSWORD_MIN} characters. ${hint}`}
      />
      <TextField
        name="passwordConfirmation"
        label="Password again"
        type="password"
        defaultValue=""
        autoComplete="new-password"
        error={fieldError(state, "passwordConfirmation")}
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
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={{ email: "Email" }} />
      <TextField
        name="email"
        label="Email"
        type="email"
        defaultValue={typedOr(state, "email", "")}
        autoComplete="username"
        error={fieldError(state, "email")}
      />
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
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        defaultValue=""
        autoComplete="current-password"
        error={fieldError(state, "currentPassword")}
      />
      <NewPasswordFields state={state} hint="Saving signs you out everywhere." />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
