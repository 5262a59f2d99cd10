// What the fake PayPal (tests/fakes/paypal.ts) keeps and answers: its records of requests, orders, captures
// and refunds, PayPal's error body, and PayPal's ids and amounts.
import { randomBytes } from "node:crypto";

export type RecordedRequest = {
  method: string;
  path: string;
  /** lower-case names */
  headers: Record<string, string>;
  requestId: string | null;
  rawBody: string;
  body: unknown;
};

/**
 * What the next capture does:
 * completed: order COMPLETED, capture COMPLETED for the order's amount;
 * amountMismatch: capture COMPLETED for a different amount; declined: order COMPLETED, capture DECLINED;
 * pending: capture PENDING (e-check, review…); alreadyCaptured: the order was captured elsewhere (e.g.
 * by the browser) before our call, which gets 422 ORDER_ALREADY_CAPTURED.
 */
export type CaptureOutcome = "completed" | "amountMismatch" | "declined" | "pending" | "alreadyCaptured";

export type Amount = { currency_code: string; value: string };

export type FakeCapture = {
  id: string;
  status: string;
  amount: Amount;
  custom_id?: string;
  invoice_id?: string;
  final_capture: boolean;
  paypalOrderId: string;
};

export type FakeOrder = {
  id: string;
  status: "CREATED" | "APPROVED" | "COMPLETED";
  /** the create request's body, as sent */
  request: {
    intent: string;
    purchase_units: { reference_id?: string; custom_id?: string; invoice_id?: string; amount: Amount }[];
  };
  captures: FakeCapture[];
};

export type FakeRefund = { id: string; status: string; amount: Amount; custom_id?: string; captureId: string };

/** An answer of the fake: HTTP status and JSON body. */
export type Reply = { status: number; body: unknown };

export const id = (length = 17) => randomBytes(length).toString("hex").toUpperCase().slice(0, length);
export const cents = (value: string) => {
  if (!/^\d+\.\d{2}$/.test(value)) return null;
  return Number(value.replace(".", ""));
};
export const value = (amountCents: number) =>
  `${Math.trunc(amountCents / 100)}.${String(amountCents % 100).padStart(2, "0")}`;

/** PayPal's error body: a name, a debug id, and the issue in the details. */
export const error = (status: number, name: string, issue?: string): Reply => ({
  status,
  body: {
    name,
    message: name,
    debug_id: id(13).toLowerCase(),
    details: issue ? [{ issue, description: issue }] : [],
  },
});
