// Labelled form controls with their hint and error next to them, for every form that
// must read well to screen readers and keep working without JavaScript.
import type { ReactNode } from "react";
import { inputClass } from "./input-class";

export { inputClass };

type FieldProps = {
  name: string;
  /** The control's id, when a page holds several forms with the same field names; default: name. */
  id?: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/** Label, hint, control and error; the control gets aria-describedby and aria-invalid. */
export function Field({ name, id = name, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
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
      {error && <FieldMessage id={errorId} message={error} />}
      {children(describedBy, Boolean(error))}
    </div>
  );
}

export function FieldMessage({ id, message }: { id?: string; message: string }) {
  return (
    <p id={id} className="font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

type TextFieldProps = {
  name: string;
  /** The control's id, when a page holds several forms with the same field names; default: name. */
  id?: string;
  label: string;
  defaultValue: string;
  error?: string;
  hint?: ReactNode;
  type?: "text" | "email" | "date" | "month" | "time" | "tel" | "url" | "password";
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
  inputMode?: "numeric" | "decimal" | "text";
  /** The language the field is typed in, when it is not the page's (e.g. "es"). */
  lang?: string;
};

/** What every control of a field carries: its id and name, and its ties to the hint and error. */
function controlProps(id: string, name: string, describedBy: string | undefined, invalid: boolean) {
  return {
    id,
    name,
    "aria-describedby": describedBy,
    "aria-invalid": invalid || undefined,
    className: inputClass,
  };
}

export function TextField({
  name,
  id = name,
  label,
  defaultValue,
  error,
  hint,
  type = "text",
  ...rest
}: TextFieldProps) {
  return (
    <Field name={name} id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <input
          type={type}
          defaultValue={defaultValue}
          {...controlProps(id, name, describedBy, invalid)}
          {...rest}
        />
      )}
    </Field>
  );
}

export function TextArea(
  props: Omit<TextFieldProps, "type" | "autoComplete" | "inputMode"> & { rows?: number },
) {
  const { name, id = name, label, defaultValue, error, hint, rows = 5, ...rest } = props;
  return (
    <Field name={name} id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <textarea
          rows={rows}
          defaultValue={defaultValue}
          {...controlProps(id, name, describedBy, invalid)}
          {...rest}
        />
      )}
    </Field>
  );
}

type SelectFieldProps = {
  name: string;
  id?: string;
  label: string;
  defaultValue: string;
  options: { value: string; label: string }[];
  error?: string;
  hint?: ReactNode;
  placeholder?: string;
};

export function SelectField({
  name,
  id = name,
  label,
  defaultValue,
  options,
  error,
  hint,
  placeholder,
}: SelectFieldProps) {
  return (
    <Field name={name} id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <select defaultValue={defaultValue} {...controlProps(id, name, describedBy, invalid)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type FileFieldProps = {
  name: string;
  id?: string;
  label: string;
  /** What the picker offers, e.g. "image/png,image/jpeg"; the server checks the bytes anyway. */
  accept: string;
  error?: string;
  hint?: ReactNode;
};

/** A file picker. Browsers cannot refill one after an error, so the error asks to choose again. */
export function FileField({ name, id = name, label, accept, error, hint }: FileFieldProps) {
  return (
    <Field name={name} id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <input type="file" accept={accept} {...controlProps(id, name, describedBy, invalid)} />
      )}
    </Field>
  );
}
