"use client";

// The checkout form. It posts to a server action (works without JavaScript too); when it is refused the
// server sends back what was typed ("shipping.city": "Lyon") and an error code per field, so nothing is lost.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { placeOrderAction } from "@/app/[locale]/(shop)/checkout/actions";
import { initialActionState, type StateOf } from "@/lib/actions/state";
import { COUNTRIES } from "@/lib/address/countries";
import { ADDRESS_FIELDS, emptyAddress, type AddressFields as AddressValues } from "@/lib/address/fields";
import type { CheckoutFormValues } from "@/lib/checkout/form";
import type { ErrorCode } from "@/lib/errors";
import { SHIPPING_METHODS, shippingMethodsFor, shippingPrice, type ShippingMethod } from "@/lib/orders/shipping";
import type { PricedLine } from "@/lib/orders/totals";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { formatPrice } from "@/lib/money";
import { AddressFields } from "@/components/ui/address-fields";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { NewsletterOptIn } from "./newsletter-opt-in";
import { CHECKOUT_FORM_GROUP, OrderSummary } from "./order-summary";
import { useErrorMessage } from "@/components/ui/use-error-message";

type Props = {
  locale: Locale;
  lines: (PricedLine & { id: string; name: string; options: string })[];
  gateways: ("stripe" | "paypal" | "demo")[];
  demoMode: boolean;
  /** A signed-in customer's e-mail and default addresses from their address book (P13). */
  prefill?: Pick<CheckoutFormValues, "email" | "shipping" | "billingSameAsShipping" | "billing">;
  /** a signed-in customer already confirmed on the newsletter: no box, a sentence (P6) */
  newsletterSubscribed: boolean;
};

type CheckoutState = StateOf<typeof placeOrderAction>;

export function CheckoutForm(props: Props) {
  const [state, formAction] = useActionState(placeOrderAction, initialActionState);
  // Each answer from the server remounts the fields with what was typed as their defaults: a plain
  // form reset would put selects and checkboxes back to their first values.
  return <CheckoutFields key={state.attempt} {...props} state={state} formAction={formAction} />;
}

/** One address as typed, from the flat values the server sent back ("shipping.city"). */
function typedAddress(typed: Partial<Record<string, string>>, prefix: "shipping." | "billing."): AddressValues {
  const address = emptyAddress("");
  for (const field of ADDRESS_FIELDS) address[field] = typed[`${prefix}${field}`] ?? "";
  return address;
}

function CheckoutFields({
  locale,
  lines,
  gateways,
  demoMode,
  prefill,
  newsletterSubscribed,
  state,
  formAction,
}: Props & { state: CheckoutState; formAction: (form: FormData) => void }) {
  const t = useTranslations("Checkout");
  const errorMessage = useErrorMessage();
  const typed = state.values;
  // A box that was not ticked is not posted at all.
  const initial: CheckoutFormValues = typed
    ? {
        email: typed.email ?? "",
        shipping: typedAddress(typed, "shipping."),
        billingSameAsShipping: typed.billingSameAsShipping === "on",
        billing: typedAddress(typed, "billing."),
        shippingMethod: typed.shippingMethod ?? "",
        provider: typed.provider ?? "",
        newsletter: typed.newsletter === "on",
      }
    : {
        email: "",
        shipping: emptyAddress(),
        billingSameAsShipping: true,
        billing: emptyAddress(),
        shippingMethod: "colissimo",
        provider: gateways[0] ?? "",
        newsletter: false,
        ...prefill,
      };
  const [country, setCountry] = useState(initial.shipping.country || "FR");
  const [method, setMethod] = useState<ShippingMethod>((initial.shippingMethod as ShippingMethod) || "colissimo");
  const [billingSame, setBillingSame] = useState(initial.billingSameAsShipping);
  // Error codes keyed like the inputs ("shipping.postalCode"); the shared address fields ask by input name.
  const fieldErrors: Partial<Record<string, ErrorCode>> = state.fieldErrors ?? {};
  const error = (name: string) => errorMessage(fieldErrors[name]);

  const methods = shippingMethodsFor(country);
  const chosenMethod = methods.includes(method) ? method : (methods[0] ?? "colissimo");
  const subtotal = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const price = (cents: number) => formatPrice(cents, locale);
  // False on the server and while hydrating: the summary then follows the checked method by CSS (OrderSummary).
  const scripted = useHydrated();

  return (
    <form action={formAction} className={`${CHECKOUT_FORM_GROUP} grid gap-10 lg:grid-cols-[1fr_22rem]`} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div className="space-y-8">
        {state.error && (
          <div className="space-y-2">
            <Notice tone="error">
              {state.fieldErrors ? t("errorSummary") : errorMessage(state.error, state.retryAfterSeconds)}
            </Notice>
            {(state.error === "cartChanged" || state.error === "outOfStock") && (
              <Link href="/cart" className="inline-block text-sm text-terracotta underline underline-offset-4">
                {t("reviewCart")}
              </Link>
            )}
          </div>
        )}

        <fieldset className="space-y-4">
          <legend className="font-serif text-xl font-semibold text-ink">{t("contact")}</legend>
          <TextField
            name="email"
            label={t("email")}
            help={t("emailHelp")}
            type="email"
            autoComplete="email"
            defaultValue={initial.email}
            error={error("email")}
          />
          <NewsletterOptIn subscribed={newsletterSubscribed} defaultChecked={initial.newsletter} />
        </fieldset>

        <fieldset>
          <legend className="mb-2 font-serif text-xl font-semibold text-ink">{t("shippingAddress")}</legend>
          <AddressFields
            prefix="shipping."
            values={initial.shipping}
            error={error}
            countries={COUNTRIES}
            onCountryChange={setCountry}
          />
        </fieldset>

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
          <fieldset>
            <legend className="mb-2 font-serif text-xl font-semibold text-ink">{t("billingAddress")}</legend>
            <AddressFields
              prefix="billing."
              values={initial.billing}
              error={error}
              countries={COUNTRIES}
              withPhone={false}
            />
          </fieldset>
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

      <OrderSummary
        locale={locale}
        lines={lines}
        country={country}
        methods={methods}
        chosenMethod={chosenMethod}
        scripted={scripted}
        demoMode={demoMode}
        canPay={gateways.length > 0}
      />
    </form>
  );
}
