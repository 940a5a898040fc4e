"use client";
import { useFormStatus } from "react-dom";

/** Disabled while sending, so a double click sends once (the idempotency key covers the rest). */
export function SubmitButton({ label, className }: { label: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={
        className ??
        "rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      }
    >
      {pending ? "Sending…" : label}
    </button>
  );
}
