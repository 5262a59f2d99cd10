"use client";

// The checkout form. It posts to a server action (works without JavaScript too); when validation fails
// the server sends back what was typed and an error per field, so nothing is lost.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { placeOrderAction, type CheckoutFormState } from "@/app/[locale]/(shop)/checkout/actions";
import { COUNTRIES } from "@/lib/checkout/address";
import { emptyAddress, type AddressFields, type CheckoutFormValues } from "@/lib/checkout/form";
import { SHIPPING_METHODS, shippingMethodsFor, shippingPrice, type ShippingMethod } from "@/lib/checkout/shipping";
import { computeTotals, type PricedLine } from "@/lib/checkout/totals";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { formatPrice, formatVatRate } from "@/lib/money";
import { TextField } from "@/components/ui/text-field";

type Props = {
  locale: Locale;
  lines: (PricedLine & { id: string; name: string; options: string })[];
  gateways: ("stripe" | "paypal" | "demo")[];
  demoMode: boolean;
  /** A signed-in customer's e-mail and default addresses from their address book (P13). */
  prefill?: Pick<CheckoutFormValues, "email" | "shipping" | "billingSameAsShipping" | "billing">;
};

export function CheckoutForm(props: Props) {
  const [state, formAction, submitting] = useActionState<CheckoutFormState, FormData>(placeOrderAction, {});
  // Each answer from the server remounts the fields with what was typed as their defaults: a plain
  // form reset would put selects and checkboxes back to their first values.
  return (
    <CheckoutFields key={state.attempt ?? 0} {...props} state={state} formAction={formAction} submitting={submitting} />
  );
}

function CheckoutFields({
  locale,
  lines,
  gateways,
  demoMode,
  prefill,
  state,
  formAction,
  submitting,
}: Props & { state: CheckoutFormState; formAction: (form: FormData) => void; submitting: boolean }) {
  const t = useTranslations("Checkout");
  const initial: CheckoutFormValues = state.values ?? {
    email: "",
    shipping: emptyAddress(),
    billingSameAsShipping: true,
    billing: emptyAddress(),
    shippingMethod: "colissimo",
    provider: gateways[0] ?? "",
    ...prefill,
  };
  const [country, setCountry] = useState(initial.shipping.country || "FR");
  const [method, setMethod] = useState<ShippingMethod>((initial.shippingMethod as ShippingMethod) || "colissimo");
  const [billingSame, setBillingSame] = useState(initial.billingSameAsShipping);
  const errors = state.fieldErrors ?? {};

  const methods = shippingMethodsFor(country);
  const chosenMethod = methods.includes(method) ? method : (methods[0] ?? "colissimo");
  const subtotal = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const shipping = shippingPrice(chosenMethod, country, subtotal) ?? 0;
  const totals = computeTotals(lines, shipping);
  const price = (cents: number) => formatPrice(cents, locale);

  return (
    <form action={formAction} className="grid gap-10 lg:grid-cols-[1fr_22rem]" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div className="space-y-8">
        {state.failure && (
          <div
            role="alert"
            className="rounded-lg border border-terracotta/40 bg-terracotta/5 p-4 text-sm text-terracotta"
          >
            <p className="font-semibold">{t(`failures.${state.failure}`)}</p>
            {(state.failure === "cartChanged" || state.failure === "outOfStock") && (
              <Link href="/cart" className="mt-2 inline-block underline underline-offset-4">
                {t("reviewCart")}
              </Link>
            )}
          </div>
        )}

        <fieldset className="space-y-4">
          <legend className="font-serif text-xl font-semibold text-ink">{t("contact")}</legend>
          <Field
            name="email"
            label={t("email")}
            help={t("emailHelp")}
            type="email"
            autoComplete="email"
            defaultValue={initial.email}
            error={errors.email}
          />
        </fieldset>

        <AddressFieldset
          prefix="shipping"
          legend={t("shippingAddress")}
          values={initial.shipping}
          errors={errors}
          onCountryChange={setCountry}
        />

        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="billingSameAsShipping"
            checked={billingSame}
            onChange={(e) => setBillingSame(e.target.checked)}
            className="h-4 w-4 accent-marine"
          />
          {t("billingSame")}
        </label>
        {!billingSame && (
          <AddressFieldset prefix="billing" legend={t("billingAddress")} values={initial.billing} errors={errors} />
        )}

        <fieldset className="space-y-2">
          <legend className="font-serif text-xl font-semibold text-ink">{t("shippingMethod")}</legend>
          {methods.map((code) => {
            const cost = shippingPrice(code, country, subtotal) ?? 0;
            return (
              <label
                key={code}
                className="flex cursor-pointer items-center justify-between gap-3 rounded-lg border border-line bg-white p-4 has-[:checked]:border-marine"
              >
                <span className="flex items-center gap-3">
                  <input
                    type="radio"
                    name="shippingMethod"
                    value={code}
                    checked={chosenMethod === code}
                    onChange={() => setMethod(code)}
                    className="accent-marine"
                  />
                  <span>
                    <span className="block font-medium">{t(`methods.${code}`)}</span>
                    <span className="block text-xs text-muted">
                      {t("methodDelay", { days: SHIPPING_METHODS[code].days })}
                    </span>
                  </span>
                </span>
                <span className="font-medium">{cost === 0 ? t("free") : price(cost)}</span>
              </label>
            );
          })}
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="font-serif text-xl font-semibold text-ink">{t("payment")}</legend>
          {gateways.length === 0 && <p className="text-terracotta">{t("noGateway")}</p>}
          {gateways.map((provider, index) => (
            <label
              key={provider}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-line bg-white p-4 has-[:checked]:border-marine"
            >
              <input
                type="radio"
                name="provider"
                value={provider}
                defaultChecked={initial.provider ? initial.provider === provider : index === 0}
                className="mt-1 accent-marine"
              />
              <span>
                <span className="block font-medium">{t(`providers.${provider}`)}</span>
                <span className="block text-xs text-muted">{t(`providerHelp.${provider}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </div>

      <aside
        className="h-fit space-y-4 rounded-lg border border-line bg-white p-5 lg:sticky lg:top-4"
        aria-labelledby="summary-title"
      >
        <h2 id="summary-title" className="font-serif text-xl font-semibold text-ink">
          {t("summary")}
        </h2>
        <ul className="space-y-2 text-sm">
          {lines.map((line) => (
            <li key={line.id} className="flex justify-between gap-3">
              <span>
                {line.quantity} × {line.name}
                {line.options && <span className="block text-xs text-muted">{line.options}</span>}
              </span>
              <span className="whitespace-nowrap">{price(line.unitPriceCents * line.quantity)}</span>
            </li>
          ))}
        </ul>
        <dl className="space-y-1 border-t border-line pt-3 text-sm">
          <div className="flex justify-between">
            <dt>{t("subtotal")}</dt>
            <dd>{price(totals.subtotalCents)}</dd>
          </div>
          <div className="flex justify-between">
            <dt>{t("shipping")}</dt>
            <dd>{totals.shippingCents === 0 ? t("free") : price(totals.shippingCents)}</dd>
          </div>
          <div className="flex justify-between border-t border-line pt-2 text-base font-semibold">
            <dt>{t("total")}</dt>
            <dd data-testid="checkout-total">{price(totals.totalCents)}</dd>
          </div>
          {totals.vat.map((vat) => (
            <div key={vat.rateBp} className="flex justify-between text-xs text-muted">
              <dt>{t("vatLine", { rate: formatVatRate(vat.rateBp, locale) })}</dt>
              <dd>{price(vat.vatCents)}</dd>
            </div>
          ))}
        </dl>
        <button
          type="submit"
          disabled={submitting || gateways.length === 0}
          className="w-full rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
        >
          {submitting
            ? t("submitting")
            : demoMode
              ? t("submitDemo", { total: price(totals.totalCents) })
              : t("submit", { total: price(totals.totalCents) })}
        </button>
      </aside>
    </form>
  );
}

function AddressFieldset({
  prefix,
  legend,
  values,
  errors,
  onCountryChange,
}: {
  prefix: "shipping" | "billing";
  legend: string;
  values: AddressFields;
  errors: Record<string, string>;
  onCountryChange?: (country: string) => void;
}) {
  const t = useTranslations("Checkout");
  const error = (field: string) => errors[`${prefix}.${field}`];
  const name = (field: string) => `${prefix}.${field}`;
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 font-serif text-xl font-semibold text-ink">{legend}</legend>
      <div className="sm:col-span-2">
        <Field
          name={name("name")}
          label={t("name")}
          autoComplete={`${prefix} name`}
          defaultValue={values.name}
          error={error("name")}
        />
      </div>
      <div className="sm:col-span-2">
        <Field
          name={name("company")}
          label={t("company")}
          autoComplete={`${prefix} organization`}
          defaultValue={values.company}
          error={error("company")}
        />
      </div>
      <div className="sm:col-span-2">
        <Field
          name={name("line1")}
          label={t("line1")}
          autoComplete={`${prefix} address-line1`}
          defaultValue={values.line1}
          error={error("line1")}
        />
      </div>
      <div className="sm:col-span-2">
        <Field
          name={name("line2")}
          label={t("line2")}
          autoComplete={`${prefix} address-line2`}
          defaultValue={values.line2}
          error={error("line2")}
        />
      </div>
      <Field
        name={name("postalCode")}
        label={t("postalCode")}
        autoComplete={`${prefix} postal-code`}
        defaultValue={values.postalCode}
        error={error("postalCode")}
      />
      <Field
        name={name("city")}
        label={t("city")}
        autoComplete={`${prefix} address-level2`}
        defaultValue={values.city}
        error={error("city")}
      />
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={name("country")} className="font-medium">
          {t("country")}
        </label>
        <select
          id={name("country")}
          name={name("country")}
          defaultValue={values.country || "FR"}
          autoComplete={`${prefix} country`}
          onChange={(event) => onCountryChange?.(event.target.value)}
          className="rounded-md border border-line bg-white px-3 py-2.5"
        >
          {COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {t(`countries.${code}`)}
            </option>
          ))}
        </select>
      </div>
      {prefix === "shipping" && (
        <Field
          name={name("phone")}
          label={t("phone")}
          help={t("phoneHelp")}
          type="tel"
          autoComplete="tel"
          defaultValue={values.phone}
          error={error("phone")}
        />
      )}
    </fieldset>
  );
}

/** A text field whose error is a key of "Checkout.errors". */
function Field(props: Omit<Parameters<typeof TextField>[0], "error"> & { error?: string }) {
  const t = useTranslations("Checkout");
  return <TextField {...props} error={props.error ? t(`errors.${props.error}` as never) : undefined} />;
}
