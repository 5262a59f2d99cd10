/**
 * A phone number as two inputs: the country (shown with its calling code, "France (+33)") and the
 * national number. The server turns them into one E.164 number (lib/address/phone.ts).
 */
export function PhoneField(props: {
  legend: string;
  countryLabel: string;
  numberLabel: string;
  help?: string;
  /** already translated */
  error?: string;
  regions: { region: string; label: string }[];
  defaultRegion: string;
  defaultNumber: string;
}) {
  const describedBy = [props.help ? "phone-help" : null, props.error ? "phone-error" : null].filter(Boolean).join(" ");
  return (
    <fieldset className="text-sm">
      <legend className="mb-1 font-medium">{props.legend}</legend>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,16rem)_1fr]">
        <div className="flex flex-col gap-1">
          <label htmlFor="phoneCountry" className="text-muted">
            {props.countryLabel}
          </label>
          <select
            id="phoneCountry"
            name="phoneCountry"
            autoComplete="tel-country-code"
            defaultValue={props.defaultRegion}
            className="rounded-md border border-line bg-white px-3 py-2.5"
          >
            {props.regions.map((option) => (
              <option key={option.region} value={option.region}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="phone" className="text-muted">
            {props.numberLabel}
          </label>
          <input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel-national"
            defaultValue={props.defaultNumber}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={describedBy || undefined}
            className={`rounded-md border bg-white px-3 py-2.5 ${props.error ? "border-terracotta" : "border-line"}`}
          />
        </div>
      </div>
      {props.help && (
        <span id="phone-help" className="mt-1 block text-xs text-muted">
          {props.help}
        </span>
      )}
      {props.error && (
        <span id="phone-error" className="mt-1 block text-xs font-medium text-terracotta">
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
