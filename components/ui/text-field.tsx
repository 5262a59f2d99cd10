import { Field } from "./field";

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
  return (
    <Field id={props.name} label={props.label} help={props.help} error={props.error}>
      {(control) => (
        <input
          {...control}
          name={props.name}
          type={props.type ?? "text"}
          autoComplete={props.autoComplete}
          defaultValue={props.defaultValue}
          required={props.required}
        />
      )}
    </Field>
  );
}
