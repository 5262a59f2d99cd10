// Orders, captures and refunds of the fake PayPal (tests/fakes/paypal.ts): amount validation on create,
// the capture outcome chosen by the test, 422 ORDER_ALREADY_CAPTURED, partial and full refunds.
import {
  cents,
  error,
  id,
  value,
  type Amount,
  type CaptureOutcome,
  type FakeCapture,
  type FakeOrder,
  type FakeRefund,
  type Reply,
} from "./paypal-model";

/** What the fake PayPal holds; `url` is its own address, which every answer links to. */
export type OrderBook = {
  url: string;
  orders: Map<string, FakeOrder>;
  refunds: Map<string, FakeRefund>;
  captureOutcome: CaptureOutcome;
};

export const orderView = (book: OrderBook, order: FakeOrder) => ({
  id: order.id,
  status: order.status,
  intent: order.request.intent,
  purchase_units: order.request.purchase_units.map((unit, index) => ({
    reference_id: unit.reference_id,
    custom_id: unit.custom_id,
    invoice_id: unit.invoice_id,
    amount: unit.amount,
    ...(index === 0 && order.captures.length > 0
      ? { payments: { captures: order.captures.map((capture) => captureView(book.url, capture)) } }
      : {}),
  })),
  links: [{ href: `${book.url}/v2/checkout/orders/${order.id}`, rel: "self", method: "GET" }],
});

export const captureView = (url: string, capture: FakeCapture) => ({
  id: capture.id,
  status: capture.status,
  amount: capture.amount,
  final_capture: capture.final_capture,
  custom_id: capture.custom_id,
  invoice_id: capture.invoice_id,
  ...(capture.status === "PENDING" ? { status_details: { reason: "PENDING_REVIEW" } } : {}),
  links: [
    { href: `${url}/v2/payments/captures/${capture.id}`, rel: "self", method: "GET" },
    { href: `${url}/v2/payments/captures/${capture.id}/refund`, rel: "refund", method: "POST" },
    { href: `${url}/v2/checkout/orders/${capture.paypalOrderId}`, rel: "up", method: "GET" },
  ],
});

const newCapture = (order: FakeOrder, status: string, amount: Amount): FakeCapture => {
  const unit = order.request.purchase_units[0]!;
  const capture = {
    id: id(),
    status,
    amount,
    custom_id: unit.custom_id,
    invoice_id: unit.invoice_id,
    final_capture: true,
    paypalOrderId: order.id,
  };
  order.captures.push(capture);
  order.status = "COMPLETED";
  return capture;
};

export function createOrder(book: OrderBook, body: unknown): Reply {
  const request = body as FakeOrder["request"] & { purchase_units?: Record<string, unknown>[] };
  if (request?.intent !== "CAPTURE" || !Array.isArray(request.purchase_units) || request.purchase_units.length !== 1) {
    return error(400, "INVALID_REQUEST", "MISSING_REQUIRED_PARAMETER");
  }
  const unit = request.purchase_units[0] as {
    amount?: Amount & { breakdown?: { item_total?: Amount; shipping?: Amount } };
    items?: { name: string; quantity: string; unit_amount: Amount }[];
  };
  const total = unit.amount ? cents(unit.amount.value) : null;
  const itemTotal = unit.amount?.breakdown?.item_total ? cents(unit.amount.breakdown.item_total.value) : null;
  const shipping = unit.amount?.breakdown?.shipping ? cents(unit.amount.breakdown.shipping.value) : 0;
  if (total === null || itemTotal === null || shipping === null)
    return error(400, "INVALID_REQUEST", "DECIMAL_PRECISION");
  if (itemTotal + shipping !== total) return error(422, "UNPROCESSABLE_ENTITY", "AMOUNT_MISMATCH");
  if (unit.items) {
    let sum = 0;
    for (const item of unit.items) {
      const unitCents = cents(item.unit_amount.value);
      if (unitCents === null || !/^[1-9]\d{0,9}$/.test(item.quantity))
        return error(400, "INVALID_REQUEST", "INVALID_PARAMETER_VALUE");
      if (item.name.length > 127) return error(400, "INVALID_REQUEST", "INVALID_STRING_MAX_LENGTH");
      sum += unitCents * Number(item.quantity);
    }
    if (sum !== itemTotal) return error(422, "UNPROCESSABLE_ENTITY", "ITEM_TOTAL_MISMATCH");
  }
  // The buyer's approval happens in PayPal's window, which the fake skips: the order is approved at once.
  const order: FakeOrder = { id: id(), status: "APPROVED", request, captures: [] };
  book.orders.set(order.id, order);
  return {
    status: 201,
    body: {
      id: order.id,
      status: "CREATED",
      links: [{ href: `${book.url}/checkoutnow?token=${order.id}`, rel: "approve", method: "GET" }],
    },
  };
}

export function captureOrder(book: OrderBook, order: FakeOrder): Reply {
  const amount = order.request.purchase_units[0]!.amount;
  if (order.status === "COMPLETED") return error(422, "UNPROCESSABLE_ENTITY", "ORDER_ALREADY_CAPTURED");
  switch (book.captureOutcome) {
    case "alreadyCaptured":
      newCapture(order, "COMPLETED", { currency_code: amount.currency_code, value: amount.value });
      return error(422, "UNPROCESSABLE_ENTITY", "ORDER_ALREADY_CAPTURED");
    case "amountMismatch":
      newCapture(order, "COMPLETED", {
        currency_code: amount.currency_code,
        value: value(cents(amount.value)! - 100),
      });
      break;
    case "declined":
      newCapture(order, "DECLINED", { currency_code: amount.currency_code, value: amount.value });
      break;
    case "pending":
      newCapture(order, "PENDING", { currency_code: amount.currency_code, value: amount.value });
      break;
    case "completed":
      newCapture(order, "COMPLETED", { currency_code: amount.currency_code, value: amount.value });
      break;
  }
  return { status: 201, body: orderView(book, order) };
}

export function refundCapture(book: OrderBook, captureId: string, body: unknown): Reply {
  const capture = [...book.orders.values()].flatMap((order) => order.captures).find((c) => c.id === captureId);
  if (!capture) return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID");
  if (capture.status !== "COMPLETED" && capture.status !== "PARTIALLY_REFUNDED")
    return error(422, "UNPROCESSABLE_ENTITY", "CAPTURE_FULLY_REFUNDED");
  const request = (body ?? {}) as { amount?: Amount; custom_id?: string };
  const refund: FakeRefund = {
    id: id(),
    status: "COMPLETED",
    amount: request.amount ?? capture.amount,
    custom_id: request.custom_id,
    captureId,
  };
  book.refunds.set(refund.id, refund);
  const refunded = [...book.refunds.values()]
    .filter((r) => r.captureId === captureId)
    .reduce((sum, r) => sum + (cents(r.amount.value) ?? 0), 0);
  capture.status = refunded >= (cents(capture.amount.value) ?? 0) ? "REFUNDED" : "PARTIALLY_REFUNDED";
  return {
    status: 201,
    body: {
      id: refund.id,
      status: refund.status,
      links: [{ href: `${book.url}/v2/payments/refunds/${refund.id}`, rel: "self", method: "GET" }],
    },
  };
}
