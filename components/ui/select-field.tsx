/** A labelled select with optional help and error text, wired for screen readers like TextField. */
export function SelectField(props: {
  name: string;
  label: string;
  options: readonly { value: string; label: string; lang?: string }[];
  help?: string;
  /** already translated */
  error?: string;
  autoComplete?: string;
  defaultValue?: string;
  required?: boolean;
  onChange?: (value: string) => void;
}) {
  const id = props.name;
  const describedBy =
    [props.help ? `${id}-help` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        required={props.required}
        onChange={props.onChange && ((event) => props.onChange?.(event.target.value))}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className={`rounded-md border bg-white px-3 py-2.5 ${props.error ? "border-terracotta" : "border-line"}`}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
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
