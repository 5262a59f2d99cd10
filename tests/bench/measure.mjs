// Load for one page with autocannon, in slices: run() interleaves the pages slice by slice, so that a burst of
// load from elsewhere on the machine weighs on every page alike and the ratios stay comparable.
import autocannon from "autocannon";
import Stripe from "stripe";

export const STRIPE_WEBHOOK_SECRET = "whsec_bench";

/** One slice of load; returns the raw figures, to be merged with merge(). */
export async function slice({ url, connections, seconds, requests }) {
  const times = [];
  const statuses = {};
  let non2xx = 0;
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon({ url, requests, connections, duration: seconds }, (error, res) =>
      error ? reject(error) : resolve(res),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status < 200 || status >= 300) {
        non2xx++;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    });
  });
  return { times, seconds: result.duration, non2xx, socketErrors: result.errors + result.timeouts, statuses };
}

/** Requests/s and latency percentiles of the slices of one page. */
export function merge(slices) {
  const times = slices.flatMap((s) => s.times).sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const statuses = {};
  for (const s of slices)
    for (const [code, n] of Object.entries(s.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  return {
    rps: seconds > 0 ? times.length / seconds : 0,
    // Requests/s of each slice, in the order of the rounds: report.mjs compares pages round by round.
    sliceRps: slices.map((s) => (s.seconds > 0 ? s.times.length / s.seconds : 0)),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    requests: times.length,
    non2xx: slices.reduce((sum, s) => sum + s.non2xx + s.socketErrors, 0),
    // The server's CPU time per request (null when it cannot be read).
    cpuMs: slices.every((s) => s.cpuSeconds != null)
      ? (slices.reduce((sum, s) => sum + s.cpuSeconds, 0) * 1000) / times.length
      : null,
    statuses,
  };
}

/**
 * autocannon requests posting a new, validly signed checkout.session.completed event each time, so that every
 * one is verified, deduplicated and recorded. Each comes from its own (forwarded) address, so that the
 * per-address webhook limit (P12) is counted on every request without refusing the flood.
 */
export function stripeWebhookRequests() {
  let eventNumber = 0;
  return [
    {
      method: "POST",
      setupRequest(request) {
        const n = ++eventNumber;
        const payload = JSON.stringify({
          id: `evt_bench_${process.pid}_${Date.now()}_${n}`,
          object: "event",
          type: "checkout.session.completed",
          data: {
            object: {
              id: `cs_bench_${n}`,
              object: "checkout.session",
              payment_status: "paid",
              amount_total: 100,
              currency: "eur",
            },
          },
        });
        const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_WEBHOOK_SECRET });
        return {
          ...request,
          body: payload,
          headers: {
            "content-type": "application/json",
            "stripe-signature": signature,
            "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
        };
      },
    },
  ];
}
