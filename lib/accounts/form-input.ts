/**
 * A text field of a posted form, cut to `max` characters; "" when missing. Takes `unknown`: a server
 * action is a public endpoint and may be called with anything instead of a FormData.
 */
export function formText(form: unknown, name: string, max = 300): string {
  const value = form instanceof FormData ? form.get(name) : null;
  return typeof value === "string" ? value.slice(0, max) : "";
}
