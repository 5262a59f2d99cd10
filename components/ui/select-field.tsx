import { Field } from "./field";

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
  return (
    <Field id={props.name} label={props.label} help={props.help} error={props.error}>
      {(control) => (
        <select
          {...control}
          name={props.name}
          autoComplete={props.autoComplete}
          defaultValue={props.defaultValue}
          required={props.required}
          onChange={props.onChange && ((event) => props.onChange?.(event.target.value))}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
