import type { ReactNode } from "react";

/** A labelled form field with its hint and error, tied together for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="font-semibold text-red-800">
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

export const inputClass =
  "block w-full rounded border-2 border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
