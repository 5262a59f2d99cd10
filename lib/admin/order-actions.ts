// The back office's writes on an order: ship, cancel, refund (and retry a refund the provider did not answer),
// note a contact with the customer (P5). Each is audited in the transaction of its change (P9); refunds go to
// the provider between two transactions, never holding a lock while waiting for it (lib/payments/refunds.ts).
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { Order, Refund } from "@/lib/generated/prisma/client";
import {
  cancelUnshipped,
  carrierSchema,
  enqueueRefundedEmail,
  markShipped,
  trackingNumberSchema,
} from "@/lib/orders/fulfilment";
import { PaymentProviderUnavailableError } from "@/lib/payments/errors";
import {
  applyProviderAnswer,
  askProvider,
  CANCELLATION_KEY_PREFIX,
  lockOrder,
  refundableCents,
  reserveRefund,
  type RefundProviders,
} from "@/lib/payments/refunds";
import { assertAdmin } from "./access";
import { recordAudit, type AuditActor } from "./audit";
import { logger } from "@/lib/logs/logger";

export type OrderActionDeps = {
  now: Date;
  providers: RefundProviders;
  /** no gateway configured: demo orders may be shipped (a rehearsal on a demo server) */
  demoMode: boolean;
};

export const CONTACT_SUMMARY_MAX = 500;
export const REFUND_REASON_MAX = 200;

const orderId = z.string().regex(/^[a-z0-9]{10,40}$/, "invalid");
/** The order's updatedAt when the page was loaded: an order changed since then is not acted on blindly. */
const version = z.iso.datetime("invalid");
/** One per form display (a random UUID): the same request sent twice is one refund. */
const requestKey = z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "invalid");

/** "12,50" or "12.50" euros → 1250 cents. */
const euroAmount = z
  .string()
  .trim()
  .min(1, "required")
  .regex(/^\d{1,6}([.,]\d{1,2})?$/, "invalid")
  .transform((value) => {
    const [euros = "0", cents = ""] = value.replace(",", ".").split(".");
    return Number(euros) * 100 + Number(cents.padEnd(2, "0"));
  })
  .pipe(z.number().int().positive("invalid"));

export const shipOrderSchema = z.object({
  orderId,
  version,
  carrier: carrierSchema,
  trackingNumber: trackingNumberSchema,
});
export const cancelOrderSchema = z.object({ orderId, version, requestKey });
export const refundOrderSchema = z.object({
  orderId,
  requestKey,
  amount: euroAmount,
  reason: z.string().trim().max(REFUND_REASON_MAX, "tooLong").optional(),
});
export const retryRefundSchema = z.object({ refundId: orderId });
export const contactLogSchema = z.object({
  orderId,
  channel: z.enum(["email", "phone", "letter", "other"], "required"),
  summary: z.string().trim().min(1, "required").max(CONTACT_SUMMARY_MAX, "tooLong"),
});

function assertVersion(order: Order, expected: string): void {
  if (order.updatedAt.toISOString() !== expected) throw new DomainError("orderChanged");
}

export async function shipOrder(
  db: Db,
  viewer: AuditActor,
  input: z.output<typeof shipOrderSchema>,
  deps: OrderActionDeps,
): Promise<{ number: string; trackingNumber: string }> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    assertVersion(order, input.version);
    await markShipped(tx, order, { ...input, now: deps.now, demoMode: deps.demoMode });
    await recordAudit(tx, viewer, {
      action: "order.ship",
      target: { type: "order", id: order.id },
      before: { status: order.status },
      after: { status: "fulfilled", carrier: input.carrier },
      at: deps.now,
    });
    return { number: order.number, trackingNumber: input.trackingNumber };
  });
}

/**
 * Sends a reserved refund to its provider and records the answer. A refusal marks it failed (the order is
 * unchanged) and is reported as refundRefused; no answer leaves it pending (refundPending: retry with the same key).
 * `onAccepted` runs in the transaction that records an accepted refund.
 */
async function sendRefund(
  db: Db,
  order: Order,
  refund: Refund,
  deps: OrderActionDeps,
  onAccepted: (tx: Tx, refund: Refund) => Promise<void>,
): Promise<Refund> {
  let answer;
  try {
    answer = await askProvider(deps.providers, order, refund);
  } catch (error) {
    if (error instanceof PaymentProviderUnavailableError) {
      logger.warn(
        { refundId: refund.id, order: order.number, err: error },
        "refund pending: payment provider unavailable",
      );
      throw new DomainError("refundPending");
    }
    throw error;
  }
  const settled = await db.$transaction(async (tx) => {
    const applied = await applyProviderAnswer(tx, refund.id, answer);
    if (applied.status !== "failed") await onAccepted(tx, applied);
    return applied;
  });
  if (settled.status === "failed") throw new DomainError("refundRefused");
  return settled;
}

export type RefundResult = { amountCents: number; status: "pending" | "succeeded" };

/** A full or partial refund, at most what was captured minus the refunds made or pending. */
export async function refundOrder(
  db: Db,
  viewer: AuditActor,
  input: z.output<typeof refundOrderSchema>,
  deps: OrderActionDeps,
): Promise<RefundResult> {
  assertAdmin(viewer);
  const reserved = await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    const { refund, created } = await reserveRefund(tx, order, {
      amountCents: input.amount,
      idempotencyKey: `refund-${order.id}-${input.requestKey}`,
      reason: input.reason || null,
      createdById: viewer.id,
      now: deps.now,
    });
    if (created) {
      await recordAudit(tx, viewer, {
        action: "refund.create",
        target: { type: "refund", id: refund.id },
        after: { orderId: order.id, amountCents: refund.amountCents, provider: refund.provider, status: refund.status },
        at: deps.now,
      });
      if (refund.status === "succeeded") await enqueueRefundedEmail(tx, order, refund, deps.now);
    }
    return { order, refund };
  });
  const { order } = reserved;
  let refund = reserved.refund;
  if (refund.status === "failed") throw new DomainError("refundRefused");
  if (refund.status === "pending" && !refund.providerRefundId)
    refund = await sendRefund(db, order, refund, deps, (tx, accepted) =>
      enqueueRefundedEmail(tx, order, accepted, deps.now),
    );
  return { amountCents: refund.amountCents, status: refund.status === "succeeded" ? "succeeded" : "pending" };
}

/** Sends again a refund the provider did not answer, with its own idempotency key: it cannot refund twice. */
export async function retryRefund(
  db: Db,
  viewer: AuditActor,
  input: z.output<typeof retryRefundSchema>,
  deps: OrderActionDeps,
): Promise<RefundResult> {
  assertAdmin(viewer);
  const refund = await db.refund.findUnique({ where: { id: input.refundId }, include: { order: true } });
  if (!refund) throw new DomainError("notFound");
  if (refund.status !== "pending" || refund.providerRefundId)
    return { amountCents: refund.amountCents, status: refund.status === "succeeded" ? "succeeded" : "pending" };
  const { order } = refund;
  const cancellation = refund.idempotencyKey?.startsWith(CANCELLATION_KEY_PREFIX) ?? false;
  const settled = await sendRefund(db, order, refund, deps, async (tx, accepted) => {
    await recordAudit(tx, viewer, {
      action: "refund.retry",
      target: { type: "refund", id: refund.id },
      after: { orderId: order.id, amountCents: refund.amountCents, status: accepted.status },
      at: deps.now,
    });
    // The refund of a cancellation that stopped at it: the order is cancelled now, or it would stay paid
    // (and shippable) with all of it refunded.
    if (cancellation) await finishCancellation(tx, viewer, order.id, accepted.amountCents, deps.now);
    else await enqueueRefundedEmail(tx, order, accepted, deps.now);
  });
  return { amountCents: settled.amountCents, status: settled.status === "succeeded" ? "succeeded" : "pending" };
}

/**
 * Cancels an order that has not shipped. Pending: cancelled, stock back. Paid: refunded in full first (a
 * refused refund leaves the order paid), then cancelled with its stock back. Shipped: refused, refund it instead.
 */
export async function cancelOrderByShop(
  db: Db,
  viewer: AuditActor,
  input: z.output<typeof cancelOrderSchema>,
  deps: OrderActionDeps,
): Promise<{ number: string; refundedCents: number }> {
  assertAdmin(viewer);
  const reserved = await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    const key = `${CANCELLATION_KEY_PREFIX}${order.id}-${input.requestKey}`;
    // A replay (double click, a retry after a timeout, or the page reloaded since) goes on with the refund
    // its cancellation reserved; the one a provider refused is left, the cancellation starts again.
    const replay =
      (await tx.refund.findUnique({ where: { idempotencyKey: key } })) ??
      (await tx.refund.findFirst({
        where: {
          orderId: order.id,
          idempotencyKey: { startsWith: `${CANCELLATION_KEY_PREFIX}${order.id}-` },
          status: { not: "failed" },
        },
      }));
    if (replay) return { order, refund: replay };
    assertVersion(order, input.version);
    if (order.status !== "pending" && order.status !== "paid") throw new DomainError("orderNotCancellable");
    const due = order.status === "paid" ? await refundableCents(tx, order) : 0;
    if (due === 0) return { order, refund: null };
    const { refund } = await reserveRefund(tx, order, {
      amountCents: due,
      idempotencyKey: key,
      reason: "cancellation",
      createdById: viewer.id,
      now: deps.now,
    });
    await recordAudit(tx, viewer, {
      action: "refund.create",
      target: { type: "refund", id: refund.id },
      after: { orderId: order.id, amountCents: refund.amountCents, provider: refund.provider, status: refund.status },
      at: deps.now,
    });
    return { order, refund };
  });
  let refund = reserved.refund;
  if (refund?.status === "failed") throw new DomainError("refundRefused");
  if (refund?.status === "pending" && !refund.providerRefundId)
    refund = await sendRefund(db, reserved.order, refund, deps, async () => {});

  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    const refundedCents = refund?.amountCents ?? 0;
    // The same request again, once done (a double click): nothing more to do.
    if (order.status === "cancelled" && refund) return { number: order.number, refundedCents };
    // Shipped while the refund was on its way: it stays shipped, refunded; nothing more to cancel.
    if (!(await finishCancellation(tx, viewer, order.id, refundedCents, deps.now)))
      throw new DomainError("orderNotCancellable");
    return { number: order.number, refundedCents };
  });
}

/** Cancels an order not shipped yet (its refund, if paid, made), audited; false when it can no longer be. */
async function finishCancellation(
  tx: Tx,
  viewer: AuditActor,
  orderId: string,
  refundedCents: number,
  now: Date,
): Promise<boolean> {
  const order = await lockOrder(tx, orderId);
  if (order.status !== "pending" && order.status !== "paid") return false;
  await cancelUnshipped(tx, order, { refundedCents, now });
  await recordAudit(tx, viewer, {
    action: "order.cancel",
    target: { type: "order", id: order.id },
    before: { status: order.status },
    after: { status: "cancelled" },
    at: now,
  });
  return true;
}

/** P5: notes a contact with the customer about the order (channel and a short summary, no recording). */
export async function addContactLog(
  db: Db,
  viewer: AuditActor,
  input: z.output<typeof contactLogSchema>,
  now: Date,
): Promise<{ channel: string }> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: input.orderId }, select: { id: true } });
    if (!order) throw new DomainError("notFound");
    await tx.orderContactLog.create({
      data: { orderId: order.id, channel: input.channel, summary: input.summary, actorId: viewer.id, at: now },
    });
    // The summary may name the customer: the audit line keeps the channel only.
    await recordAudit(tx, viewer, {
      action: "order.contactLog",
      target: { type: "order", id: order.id },
      after: { contactChannel: input.channel },
      at: now,
    });
    return { channel: input.channel };
  });
}
