import type { ReactNode } from "react";

/** What a control inside a Field carries: its id, and how screen readers find its help and error (aria-describedby). */
export type FieldControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  className: string;
};

/** The frame every labelled control shares (TextField, SelectField): label, the control, help and error text. */
export function Field(props: {
  id: string;
  label: string;
  help?: string;
  /** already translated */
  error?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const { id, help, error } = props;
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {props.label}
      </label>
      {props.children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        className: `rounded-md border bg-white px-3 py-2.5 ${error ? "border-terracotta" : "border-line"}`,
      })}
      {help && (
        <span id={`${id}-help`} className="text-xs text-muted">
          {help}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="text-xs font-medium text-terracotta">
          {error}
        </span>
      )}
    </div>
  );
}
