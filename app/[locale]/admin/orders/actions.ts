"use server";
// The back office's actions on an order: ship, cancel, refund (or retry a refund), note a contact (P5). Each is
// audited (P9) by the lib function it calls; refunds never exceed what was captured (lib/payments/refunds.ts).
import { revalidatePath } from "next/cache";
import { randomUUID } from "node:crypto";
import { defineAction } from "@/lib/actions/define";
import {
  addContactLog,
  cancelOrderByShop,
  cancelOrderSchema,
  contactLogSchema,
  refundOrder,
  refundOrderSchema,
  retryRefund,
  retryRefundSchema,
  shipOrder,
  shipOrderSchema,
} from "@/lib/admin/order-actions";
import { orderActionDeps } from "@/lib/admin/order-deps";

export const shipOrderAction = defineAction({
  access: "admin",
  schema: shipOrderSchema,
  handler: async (input, { db, user, locale, now }) => {
    const shipped = await shipOrder(db, user, input, orderActionDeps(now));
    revalidatePath(`/${locale}/admin/orders/${input.orderId}`);
    return shipped;
  },
});

export const cancelOrderAction = defineAction({
  access: "admin",
  schema: cancelOrderSchema,
  handler: async (input, { db, user, locale, now }) => {
    const cancelled = await cancelOrderByShop(db, user, input, orderActionDeps(now));
    revalidatePath(`/${locale}/admin/orders/${input.orderId}`);
    return cancelled;
  },
});

export const refundOrderAction = defineAction({
  access: "admin",
  schema: refundOrderSchema,
  handler: async (input, { db, user, locale, now }) => {
    const refund = await refundOrder(db, user, input, orderActionDeps(now));
    revalidatePath(`/${locale}/admin/orders/${input.orderId}`);
    // The next refund of the same page is another request: it gets its own key.
    return { ...refund, nextRequestKey: randomUUID() };
  },
});

export const retryRefundAction = defineAction({
  access: "admin",
  schema: retryRefundSchema,
  handler: async (input, { db, user, locale, now }) => {
    const refund = await retryRefund(db, user, input, orderActionDeps(now));
    revalidatePath(`/${locale}/admin/orders`, "layout");
    return refund;
  },
});

export const addContactLogAction = defineAction({
  access: "admin",
  schema: contactLogSchema,
  handler: async (input, { db, user, locale, now }) => {
    const entry = await addContactLog(db, user, input, now);
    revalidatePath(`/${locale}/admin/orders/${input.orderId}`);
    return entry;
  },
});
