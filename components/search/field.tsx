import type { ReactNode } from "react";

type Props = { id: string; label: string; error?: string; hint?: string; children: ReactNode };

/** A label, an optional hint, the control, and its error right next to it. */
export function Field({ id, label, error, hint, children }: Props) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** The aria attributes that tie a control to its hint and error. */
export function describedBy(id: string, error?: string, hint?: string) {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": error ? true : undefined };
}

export const controlClass =
  "min-h-11 w-full min-w-0 rounded border border-slate-500 bg-white px-3 py-2 text-base aria-invalid:border-2 aria-invalid:border-red-700";
