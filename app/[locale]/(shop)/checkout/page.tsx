import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { checkoutPrefill } from "@/lib/accounts/addresses";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCart } from "@/lib/cart/cart";
import { variantLabel } from "@/lib/catalogue/variant-label";
import { readCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { isConfirmedSubscriber } from "@/lib/newsletter/checkout-opt-in";
import { isDemoMode, paymentConfigFrom } from "@/lib/payments/config";
import { availableGateways } from "@/lib/payments/gateways";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Checkout");
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFromParams(params);
  const t = await getTranslations("Checkout");
  const tError = await getTranslations("Errors");
  const tColour = await getTranslations("colours");
  const config = paymentConfigFrom(getEnv());
  const demoMode = isDemoMode(config);
  const [cart, gateways] = await Promise.all([getCart(db, await readCartId(), locale), availableGateways(db, config)]);
  const cancelled = (await searchParams).cancelled === "1";
  // A signed-in customer starts from their e-mail and default addresses; guests from an empty form.
  const user = await getCurrentUser();
  const prefill = user ? await checkoutPrefill(db, user.id, user.email) : undefined;
  const newsletterSubscribed = user ? await isConfirmedSubscriber(db, user.id) : false;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      {demoMode && (
        <p
          role="note"
          className="mt-4 rounded-lg border border-terracotta/40 bg-terracotta/5 p-4 text-sm font-medium text-terracotta"
          data-testid="demo-banner"
        >
          {t("demoBanner")}
        </p>
      )}
      {cancelled && (
        <p role="status" className="mt-4 rounded-lg bg-sand p-4 text-sm">
          {t("cancelled")}
        </p>
      )}
      <div className="mt-8">
        {cart.lines.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-10 text-center">{t("empty")}</p>
        ) : cart.hasIssues ? (
          <div role="alert" className="rounded-lg border border-terracotta/40 bg-terracotta/5 p-4">
            <p>{tError("cartChanged")}</p>
            <Link href="/cart" className="mt-2 inline-block font-medium text-marine underline underline-offset-4">
              {t("reviewCart")}
            </Link>
          </div>
        ) : (
          <ClientMessages namespaces={["Checkout", "Errors"]}>
            <CheckoutForm
              locale={locale}
              demoMode={demoMode}
              gateways={gateways}
              prefill={prefill}
              newsletterSubscribed={newsletterSubscribed}
              lines={cart.lines.map((line) => ({
                id: line.id,
                name: line.name,
                options: variantLabel(line.colour ? tColour(line.colour as never) : null, line.size),
                quantity: line.quantity,
                unitPriceCents: line.currentPriceCents,
                vatRateBp: line.vatRateBp,
              }))}
            />
          </ClientMessages>
        )}
      </div>
    </div>
  );
}
