// The message at the top of a form after a submit: errors are announced (role=alert)
// and list the fields to fix, each linking to its control.
import type { ActionState } from "@/lib/actions/state";

export function FormStatus({ state, labels }: { state: ActionState; labels: Record<string, string> }) {
  if (state.status === "success") {
    return (
      <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-900">
        {state.message}
      </p>
    );
  }
  if (state.status !== "error") return null;
  const fields = Object.keys(state.fieldErrors).filter((name) => labels[name]);
  return (
    <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <p className="font-bold">{state.formError ?? "Please correct the fields marked below."}</p>
      {fields.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {fields.map((name) => (
            <li key={name}>
              <a href={`#${name}`} className="text-red-900">
                {labels[name]}: {state.fieldErrors[name]?.[0]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
  describedBy,
}: {
  children: string;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger";
  /** The id of what the button acts on, when a page has several of the same button. */
  describedBy?: string;
}) {
  const styles = {
    primary: "bg-brand-800 text-white hover:bg-brand-900",
    secondary: "border-2 border-brand-800 bg-white text-brand-800 hover:bg-brand-50",
    danger: "bg-red-800 text-white hover:bg-red-900",
  };
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-describedby={describedBy}
      className={`rounded-md px-4 py-2 font-semibold ${styles[variant]}`}
    >
      {children}
    </button>
  );
}
