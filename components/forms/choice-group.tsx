// A group of checkboxes (or one checkbox), or of radio buttons, in a fieldset with its
// legend and error.
import type { ReactNode } from "react";
import { FieldMessage } from "./field";

type Props = {
  name: string;
  /** Prefix of the group's ids, when a page holds several forms with the same field names; default: name. */
  id?: string;
  legend: string;
  options: { value: string; label: ReactNode; disabled?: boolean }[];
  checked: string[];
  error?: string;
  hint?: ReactNode;
};

export function CheckboxGroup(props: Props) {
  return <ChoiceGroup type="checkbox" columns={2} {...props} />;
}

/** One choice among a few, one per line. */
export function RadioGroup({ checked, ...props }: Omit<Props, "checked"> & { checked: string }) {
  return <ChoiceGroup type="radio" columns={1} checked={[checked]} {...props} />;
}

function ChoiceGroup({
  type,
  columns,
  name,
  id = name,
  legend,
  options,
  checked,
  error,
  hint,
}: Props & { type: "checkbox" | "radio"; columns: 1 | 2 }) {
  const errorId = error ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset
      id={id}
      className="space-y-2"
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend className="font-semibold">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && <FieldMessage id={errorId} message={error} />}
      <div className={columns === 2 ? "grid gap-1 sm:grid-cols-2" : "grid gap-1"}>
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 py-1">
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              disabled={option.disabled}
              className="mt-1 size-5 shrink-0"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Checkbox({
  name,
  value,
  label,
  checked,
  hint,
}: {
  name: string;
  /** What a ticked box sends; the browser's default is "on". */
  value?: string;
  label: string;
  checked: boolean;
  hint?: string;
}) {
  return (
    <div>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={checked}
          aria-describedby={hint ? `${name}-hint` : undefined}
          className="mt-1 size-5 shrink-0"
        />
        <span className="font-semibold">{label}</span>
      </label>
      {hint && (
        <p id={`${name}-hint`} className="ml-7 text-sm text-slate-700">
          {hint}
        </p>
      )}
    </div>
  );
}
