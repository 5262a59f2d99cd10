// The local fakes of Stripe's and PayPal's APIs the gateway shop talks to (tests/e2e/support/servers.ts), as one
// process Playwright starts before the tests and stops after them. Loopback only.
import { startFakePayPal } from "../../fakes/paypal";
import { startFakeStripe } from "../../fakes/stripe";
import { PAYMENT_FAKES } from "./servers";

async function main() {
  const stripe = await startFakeStripe({ port: PAYMENT_FAKES.stripePort });
  const paypal = await startFakePayPal({
    port: PAYMENT_FAKES.paypalPort,
    clientId: PAYMENT_FAKES.paypalClientId,
    clientSecret: PAYMENT_FAKES.paypalClientSecret,
    webhookId: PAYMENT_FAKES.paypalWebhookId,
  });
  console.log(`payment fakes: Stripe ${stripe.url}, PayPal ${paypal.url}`);
  const stop = async () => {
    await Promise.all([stripe.close(), paypal.close()]);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
