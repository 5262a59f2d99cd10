// Webhooks of the fake PayPal (tests/fakes/paypal.ts): deliveries as PayPal sends them (JSON body and
// paypal-* headers), the resources they carry, and the verify-webhook-signature endpoint, which answers
// SUCCESS only for a delivery the fake made as valid, for the fake's webhook id.
import { captureView } from "./paypal-orders";
import { error, id, type FakeCapture, type FakeRefund, type Reply } from "./paypal-model";

/** The fake's webhook id and the signatures of the deliveries it made as valid. */
export type WebhookSigner = { webhookId: string; validSignatures: Set<string> };

export function verifySignature(signer: WebhookSigner, body: unknown): Reply {
  const request = body as Record<string, unknown> | null;
  const fields = ["auth_algo", "cert_url", "transmission_id", "transmission_sig", "transmission_time", "webhook_id"];
  if (
    !request ||
    fields.some((field) => typeof request[field] !== "string") ||
    typeof request.webhook_event !== "object"
  ) {
    return error(400, "VALIDATION_ERROR", "MISSING_REQUIRED_PARAMETER");
  }
  const ok = request.webhook_id === signer.webhookId && signer.validSignatures.has(request.transmission_sig as string);
  return { status: 200, body: { verification_status: ok ? "SUCCESS" : "FAILURE" } };
}

export function captureResource(url: string, capture: FakeCapture): Record<string, unknown> {
  return {
    ...captureView(url, capture),
    supplementary_data: { related_ids: { order_id: capture.paypalOrderId } },
    create_time: new Date().toISOString(),
    update_time: new Date().toISOString(),
  };
}

export function refundResource(url: string, refund: FakeRefund): Record<string, unknown> {
  return {
    id: refund.id,
    status: refund.status,
    amount: refund.amount,
    ...(refund.custom_id ? { custom_id: refund.custom_id } : {}),
    seller_payable_breakdown: { gross_amount: refund.amount, net_amount: refund.amount },
    links: [
      { href: `${url}/v2/payments/refunds/${refund.id}`, rel: "self", method: "GET" },
      { href: `${url}/v2/payments/captures/${refund.captureId}`, rel: "up", method: "GET" },
    ],
    create_time: new Date().toISOString(),
  };
}

export function webhookDelivery(
  url: string,
  signer: WebhookSigner,
  eventType: string,
  resource: Record<string, unknown>,
  options: { valid?: boolean; id?: string } = {},
): { id: string; body: string; headers: Headers } {
  const eventId = options.id ?? `WH-${id(17)}-${id(17)}`;
  const body = JSON.stringify({
    id: eventId,
    event_version: "1.0",
    create_time: new Date().toISOString(),
    resource_type: eventType.includes("REFUND") ? "refund" : "capture",
    resource_version: "2.0",
    event_type: eventType,
    summary: eventType,
    resource,
    links: [{ href: `${url}/v1/notifications/webhooks-events/${eventId}`, rel: "self", method: "GET" }],
  });
  const signature = `${options.valid === false ? "forged" : "valid"}${id(40)}`;
  if (options.valid !== false) signer.validSignatures.add(signature);
  const headers = new Headers({
    "content-type": "application/json",
    "paypal-auth-algo": "SHA256withRSA",
    "paypal-cert-url": `${url}/v1/notifications/certs/CERT-FAKE`,
    "paypal-transmission-id": id(32).toLowerCase(),
    "paypal-transmission-sig": signature,
    "paypal-transmission-time": new Date().toISOString(),
  });
  return { id: eventId, body, headers };
}
