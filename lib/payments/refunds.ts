// Refunds, whatever the provider. A refund is first reserved in our database (a Refund row, pending, inside a
// transaction that locks the order: never more than captured, even with two admins at once), then asked from
// the provider with the row's idempotency key (a retry never refunds twice), then settled by the provider's
// answer or its webhook, whichever comes first. Demo orders are refunded here, without a provider.
import "server-only";
import Stripe from "stripe";
import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { Order, PaymentProvider, Refund, RefundStatus } from "@/lib/generated/prisma/client";
import { transitionOrder } from "@/lib/orders/status";
import type { PayPalConfig } from "./config";
import { PaymentProviderUnavailableError } from "./errors";
import { PayPalApiError, type PayPalDeps } from "./paypal/client";
import { refundPayPalCapture } from "./paypal/refunds";

/** The provider clients a refund may need; null when that provider is not configured. */
export type RefundProviders = { stripe: Stripe | null; paypal: PayPalConfig | null; paypalDeps?: PayPalDeps };

/**
 * Refunds made to cancel an order carry this idempotency key prefix: the cancellation, not the refund, decides
 * the order's status (cancelled, never refunded), even when the provider's webhook settles it first.
 */
export const CANCELLATION_KEY_PREFIX = "cancel-";

/** In the provider id of a row recorded from a Stripe charge's refunded total (Stripe's own ids have none). */
const TOTAL_ID_SEPARATOR = ":";

/** Statuses that hold part of the captured amount: a failed refund gives it back. */
const COUNTED: RefundStatus[] = ["pending", "succeeded"];

/** Locks the order row until the end of the transaction: concurrent refunds of one order run one after the other. */
export async function lockOrder(tx: Tx, orderId: string): Promise<Order> {
  await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  const order = await tx.order.findUnique({ where: { id: orderId } });
  if (!order) throw new DomainError("notFound");
  return order;
}

/** What was captured: the whole total once paid (markOrderPaid checks the amount), nothing before. */
export function capturedCents(order: Pick<Order, "paidAt" | "totalCents">): number {
  return order.paidAt ? order.totalCents : 0;
}

/** Captured minus the refunds pending or succeeded. */
export async function refundableCents(tx: Tx, order: Pick<Order, "id" | "paidAt" | "totalCents">): Promise<number> {
  const { _sum } = await tx.refund.aggregate({
    where: { orderId: order.id, status: { in: COUNTED } },
    _sum: { amountCents: true },
  });
  return Math.max(0, capturedCents(order) - (_sum.amountCents ?? 0));
}

export type RefundRequest = {
  amountCents: number;
  /** unique per request of the admin (the form's key): the same request sent twice is one refund */
  idempotencyKey: string;
  reason: string | null;
  createdById: string | null;
  now: Date;
};

/**
 * Reserves a refund on a locked order (lockOrder first, same transaction). The same idempotency key returns the
 * refund already reserved. A demo order is refunded at once (no provider); any other stays pending.
 */
export async function reserveRefund(
  tx: Tx,
  order: Order,
  request: RefundRequest,
): Promise<{ refund: Refund; created: boolean }> {
  const existing = await tx.refund.findUnique({ where: { idempotencyKey: request.idempotencyKey } });
  if (existing) {
    if (existing.orderId !== order.id) throw new DomainError("invalid");
    return { refund: existing, created: false };
  }
  if (!order.paidAt || order.status === "pending") throw new DomainError("orderNotRefundable");
  if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0)
    throw new DomainError("invalid", { field: "amount" });
  if (request.amountCents > (await refundableCents(tx, order)))
    throw new DomainError("refundAboveCaptured", { field: "amount" });
  const demo = order.paymentProvider === "demo";
  const refund = await tx.refund.create({
    data: {
      orderId: order.id,
      provider: order.paymentProvider,
      amountCents: request.amountCents,
      status: demo ? "succeeded" : "pending",
      providerRefundId: demo ? `demo-${request.idempotencyKey}` : null,
      idempotencyKey: request.idempotencyKey,
      reason: request.reason,
      createdById: request.createdById,
      createdAt: request.now,
    },
  });
  if (demo) await applySucceededRefund(tx, refund);
  return { refund, created: true };
}

/** The provider's answer to a refund request: accepted (succeeded now or later) or refused for good. */
export type ProviderAnswer =
  | { kind: "accepted"; providerRefundId: string; status: "succeeded" | "pending" | "failed" }
  | { kind: "refused"; failureCode: string };

/**
 * Asks the provider, with the refund's idempotency key. A refusal (4xx) is an answer; an unreachable provider
 * (network, timeout, 5xx) throws PaymentProviderUnavailableError: the refund stays pending, it may have gone
 * through, and a retry with the same key cannot refund twice.
 */
export async function askProvider(
  providers: RefundProviders,
  order: Pick<Order, "id" | "paymentProvider" | "providerPaymentId" | "currency">,
  refund: Pick<Refund, "id" | "amountCents" | "idempotencyKey">,
): Promise<ProviderAnswer> {
  const key = refund.idempotencyKey ?? `refund-${refund.id}`;
  if (!order.providerPaymentId) return { kind: "refused", failureCode: "no_payment" };
  if (order.paymentProvider === "stripe") {
    if (!providers.stripe) return { kind: "refused", failureCode: "stripe_not_configured" };
    try {
      const answer = await providers.stripe.refunds.create(
        {
          payment_intent: order.providerPaymentId,
          amount: refund.amountCents,
          metadata: { orderId: order.id, refundId: refund.id },
        },
        { idempotencyKey: key },
      );
      return { kind: "accepted", providerRefundId: answer.id, status: refundStatusOfStripe(answer.status) };
    } catch (error) {
      if (
        error instanceof Stripe.errors.StripeConnectionError ||
        error instanceof Stripe.errors.StripeAPIError ||
        error instanceof Stripe.errors.StripeRateLimitError
      )
        throw new PaymentProviderUnavailableError("stripe", error.message, { cause: error });
      if (error instanceof Stripe.errors.StripeError)
        return { kind: "refused", failureCode: (error.code ?? error.type).slice(0, 100) };
      throw error;
    }
  }
  if (order.paymentProvider === "paypal") {
    if (!providers.paypal) return { kind: "refused", failureCode: "paypal_not_configured" };
    try {
      const answer = await refundPayPalCapture(
        providers.paypal,
        {
          captureId: order.providerPaymentId,
          amountCents: refund.amountCents,
          currency: order.currency,
          orderId: order.id,
          requestId: key,
        },
        providers.paypalDeps,
      );
      return { kind: "accepted", providerRefundId: answer.refundId, status: payPalStatus(answer.status) };
    } catch (error) {
      if (error instanceof PayPalApiError)
        return {
          kind: "refused",
          failureCode: (error.issue ?? error.errorName ?? `http_${error.status}`).slice(0, 100),
        };
      throw error;
    }
  }
  return { kind: "refused", failureCode: "no_provider" };
}

/** Our status for a Stripe refund status (pending, requires_action, succeeded, failed, canceled). */
export function refundStatusOfStripe(status: string | null): "succeeded" | "pending" | "failed" {
  if (status === "succeeded") return "succeeded";
  return status === "failed" || status === "canceled" ? "failed" : "pending";
}

function payPalStatus(status: string): "succeeded" | "pending" | "failed" {
  if (status === "COMPLETED") return "succeeded";
  return status === "FAILED" || status === "CANCELLED" ? "failed" : "pending";
}

/**
 * Records the provider's answer on our refund. A webhook may have come first and recorded the same provider
 * refund as unknown to us: that row is merged into ours, so the amount is never counted twice.
 */
export async function applyProviderAnswer(tx: Tx, refundId: string, answer: ProviderAnswer): Promise<Refund> {
  const current = await tx.refund.findUniqueOrThrow({ where: { id: refundId } });
  if (answer.kind === "refused") {
    if (current.status !== "pending") return current;
    return tx.refund.update({ where: { id: refundId }, data: { status: "failed", failureCode: answer.failureCode } });
  }
  // The same key sent twice at once (a double click): the provider may refuse the second as a request in
  // progress, recorded first. An acceptance says the refund was made: it wins, the amount is counted again.
  if (current.status === "failed" && current.providerRefundId === null)
    await tx.refund.update({ where: { id: refundId }, data: { status: "pending", failureCode: null } });
  // A PayPal webhook of the same amount was taken for ours, but the answer names another refund: that one
  // was made elsewhere (PayPal's dashboard) and keeps its own row, already applied to the order.
  if (current.providerRefundId !== null && current.providerRefundId !== answer.providerRefundId) {
    await tx.refund.update({ where: { id: refundId }, data: { status: "pending", providerRefundId: null } });
    await tx.refund.create({
      data: {
        orderId: current.orderId,
        provider: current.provider,
        amountCents: current.amountCents,
        status: current.status,
        providerRefundId: current.providerRefundId,
        createdAt: current.createdAt,
      },
    });
  }
  const twin = await tx.refund.findUnique({ where: { providerRefundId: answer.providerRefundId } });
  if (twin && twin.id !== refundId) {
    await tx.refund.delete({ where: { id: twin.id } });
    // Already applied to the order when the webhook recorded it: ours only takes its place.
    if (twin.status !== "pending")
      return tx.refund.update({
        where: { id: refundId },
        data: { status: twin.status, providerRefundId: answer.providerRefundId },
      });
  }
  return settleRefund(tx, refundId, { status: answer.status, providerRefundId: answer.providerRefundId });
}

/** Moves a pending refund to its final status, once; a success may complete the order's refund. */
export async function settleRefund(
  tx: Tx,
  refundId: string,
  outcome: { status: RefundStatus; providerRefundId?: string; failureCode?: string },
): Promise<Refund> {
  const current = await tx.refund.findUniqueOrThrow({ where: { id: refundId } });
  const providerRefundId = current.providerRefundId ?? outcome.providerRefundId;
  if (current.status !== "pending") {
    if (providerRefundId === current.providerRefundId) return current;
    return tx.refund.update({ where: { id: refundId }, data: { providerRefundId } });
  }
  const refund = await tx.refund.update({
    where: { id: refundId },
    data: { status: outcome.status, providerRefundId, failureCode: outcome.failureCode ?? null },
  });
  if (refund.status === "succeeded") await applySucceededRefund(tx, refund);
  return refund;
}

/** After a refund succeeded: the order is refunded once all of it is, otherwise its history notes the part. */
async function applySucceededRefund(tx: Tx, refund: Refund): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: refund.orderId } });
  const { _sum } = await tx.refund.aggregate({
    where: { orderId: order.id, status: "succeeded" },
    _sum: { amountCents: true },
  });
  const label = refund.providerRefundId ?? refund.id;
  const cancellation = refund.idempotencyKey?.startsWith(CANCELLATION_KEY_PREFIX) ?? false;
  const shopped = order.status === "paid" || order.status === "fulfilled";
  if (!cancellation && shopped && (_sum.amountCents ?? 0) >= order.totalCents) {
    await transitionOrder(tx, order.id, order.status, "refunded", `refund ${label}`);
    return;
  }
  await noteOnOrder(tx, order.id, `partial refund ${label}: ${refund.amountCents}`);
}

/** A refund as a provider's webhook reports it. */
export type ReportedRefund = {
  provider: PaymentProvider;
  orderId: string;
  providerRefundId: string;
  amountCents: number;
  status: RefundStatus;
  /** our Refund id when the provider carries it back (Stripe's metadata) */
  refundId?: string;
};

/**
 * Reconciles a refund reported by a webhook: ours (found by provider id, or by our id in its metadata) is
 * settled; one made in the provider's dashboard is recorded as it is. Idempotent by provider refund id.
 */
export async function reconcileReportedRefund(
  tx: Tx,
  report: ReportedRefund,
): Promise<"recorded" | "settled" | "duplicate"> {
  const ours =
    (await tx.refund.findUnique({ where: { providerRefundId: report.providerRefundId } })) ??
    (report.refundId
      ? await tx.refund.findFirst({ where: { id: report.refundId, orderId: report.orderId, providerRefundId: null } })
      : null) ??
    (report.provider === "paypal" ? await unansweredPayPalRefund(tx, report) : null);
  if (ours) {
    // Refused to one of two sends of the same key, made by the other (see applyProviderAnswer).
    if (ours.status === "failed" && ours.providerRefundId === null && report.status !== "failed") {
      await tx.refund.update({ where: { id: ours.id }, data: { status: "pending", failureCode: null } });
      ours.status = "pending";
    }
    if (ours.status === "pending" && report.status !== "pending") {
      await settleRefund(tx, ours.id, { status: report.status, providerRefundId: report.providerRefundId });
      return "settled";
    }
    // A refund that fails after it had succeeded (Stripe: refund.updated → failed) frees its amount again.
    if (ours.status === "succeeded" && report.status === "failed") {
      await tx.refund.update({ where: { id: ours.id }, data: { status: "failed", failureCode: "failed_later" } });
      await undoFailedRefund(tx, ours.orderId, `refund ${report.providerRefundId} failed after succeeding`);
      return "settled";
    }
    if (ours.providerRefundId === null)
      await tx.refund.update({ where: { id: ours.id }, data: { providerRefundId: report.providerRefundId } });
    return "duplicate";
  }
  // Listed after a charge.refunded that only gave the refunded total: already counted in that total's row.
  const counted =
    report.provider === "stripe" &&
    report.status === "succeeded" &&
    !report.providerRefundId.includes(TOTAL_ID_SEPARATOR)
      ? await takeFromRefundedTotals(tx, report.orderId, report.amountCents)
      : 0;
  const refund = await tx.refund.create({
    data: {
      orderId: report.orderId,
      provider: report.provider,
      amountCents: report.amountCents,
      status: report.status,
      providerRefundId: report.providerRefundId,
    },
  });
  if (refund.status === "succeeded" && counted < refund.amountCents) await applySucceededRefund(tx, refund);
  return "recorded";
}

/**
 * PayPal's webhook does not carry our refund's id: one that comes before PayPal's answer to our request is
 * ours if we are waiting for an answer about a refund of that amount on that order (oldest first). Otherwise a
 * refund made while ours is on its way would be counted twice (and a cancellation's refund would mark the
 * order refunded). applyProviderAnswer gives the row back if the answer names another refund.
 */
function unansweredPayPalRefund(tx: Tx, report: ReportedRefund): Promise<Refund | null> {
  return tx.refund.findFirst({
    where: {
      orderId: report.orderId,
      provider: "paypal",
      status: "pending",
      providerRefundId: null,
      idempotencyKey: { not: null },
      amountCents: report.amountCents,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** Rows recorded from a charge's refunded total (reconcileRefundedTotal) hand over up to `amountCents`. */
async function takeFromRefundedTotals(tx: Tx, orderId: string, amountCents: number): Promise<number> {
  const totals = await tx.refund.findMany({
    where: {
      orderId,
      provider: "stripe",
      status: "succeeded",
      idempotencyKey: null,
      providerRefundId: { contains: TOTAL_ID_SEPARATOR },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  let taken = 0;
  for (const total of totals) {
    const part = Math.min(total.amountCents, amountCents - taken);
    if (part <= 0) break;
    if (part === total.amountCents) await tx.refund.delete({ where: { id: total.id } });
    else await tx.refund.update({ where: { id: total.id }, data: { amountCents: total.amountCents - part } });
    taken += part;
  }
  return taken;
}

/** An order marked refunded that no longer is in full goes back to paid, or fulfilled once shipped. */
async function undoFailedRefund(tx: Tx, orderId: string, reason: string): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  const { _sum } = await tx.refund.aggregate({
    where: { orderId, status: "succeeded" },
    _sum: { amountCents: true },
  });
  if (order.status === "refunded" && (_sum.amountCents ?? 0) < order.totalCents)
    await transitionOrder(tx, orderId, "refunded", order.shippedAt ? "fulfilled" : "paid", reason);
  else await noteOnOrder(tx, orderId, reason);
}

async function noteOnOrder(tx: Tx, orderId: string, reason: string): Promise<void> {
  const { status } = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } });
  await tx.orderEvent.create({ data: { orderId, fromStatus: status, toStatus: status, reason } });
}

/**
 * Reconciles a charge's refunded total when Stripe does not list its refunds (charge.refunded since API
 * 2022-11-15): our pending refunds it covers succeeded, oldest first; what it covers beyond every refund we
 * know of was made in Stripe's dashboard and is recorded under the charge and total.
 */
export async function reconcileRefundedTotal(
  tx: Tx,
  orderId: string,
  chargeId: string,
  refundedCents: number,
): Promise<void> {
  const refunds = await tx.refund.findMany({
    where: { orderId, status: { in: COUNTED } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  let covered = refunds.filter((r) => r.status === "succeeded").reduce((sum, r) => sum + r.amountCents, 0);
  let waiting = 0;
  for (const refund of refunds.filter((r) => r.status === "pending")) {
    if (covered + refund.amountCents <= refundedCents) {
      await settleRefund(tx, refund.id, { status: "succeeded" });
      covered += refund.amountCents;
    } else waiting += refund.amountCents;
  }
  const unknown = refundedCents - covered - waiting;
  if (unknown <= 0) return;
  await reconcileReportedRefund(tx, {
    provider: "stripe",
    orderId,
    providerRefundId: `${chargeId}${TOTAL_ID_SEPARATOR}${refundedCents}`,
    amountCents: unknown,
    status: "succeeded",
  });
}
