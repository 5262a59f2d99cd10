/** A labelled text input with optional help and error text, wired for screen readers (aria-describedby). */
export function TextField(props: {
  name: string;
  label: string;
  help?: string;
  /** already translated */
  error?: string;
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  required?: boolean;
}) {
  const id = props.name;
  const describedBy =
    [props.help ? `${id}-help` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className={`rounded-md border bg-white px-3 py-2.5 ${props.error ? "border-terracotta" : "border-line"}`}
      />
      {props.help && (
        <span id={`${id}-help`} className="text-xs text-muted">
          {props.help}
        </span>
      )}
      {props.error && (
        <span id={`${id}-error`} className="text-xs font-medium text-terracotta">
          {props.error}
        </span>
      )}
    </div>
  );
}
