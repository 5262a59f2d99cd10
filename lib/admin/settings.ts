// P28, P25: the shop's settings in the back office. Payment gateways switched on and off (checkout reads the
// switch at each request; paid orders keep their refunds and webhooks, which never read it), and the shop's
// public contact details. Admins only; each change is audited in its own transaction.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { PaymentProvider } from "@/lib/generated/prisma/client";
import { checkbox } from "@/lib/forms/fields";
import { availableGateways, REAL_GATEWAYS, setGatewayEnabled } from "@/lib/payments/gateways";
import type { PaymentConfig } from "@/lib/payments/config";
import { isDemoMode } from "@/lib/payments/config";
import { storedAddress, toShopContact, type ShopContact } from "@/lib/settings/shop-contact";
import { shopContactSchema } from "@/lib/settings/shop-contact-form";
import { assertAdmin } from "./access";
import { recordAudit, type AuditActor } from "./audit";

export type GatewaySetting = {
  provider: (typeof REAL_GATEWAYS)[number];
  enabled: boolean;
  /** its keys are in the environment; a gateway switched on without them is still not offered */
  configured: boolean;
};

export type SettingsOverview = {
  gateways: GatewaySetting[];
  /** no gateway configured: checkout takes demo orders whatever the switches say */
  demoMode: boolean;
  /** what checkout offers right now */
  offered: PaymentProvider[];
  contact: ShopContact;
  /** the contact row's version, sent back with the form (two admins: the second is told) */
  contactUpdatedAt: string;
};

export async function settingsOverview(db: Db, viewer: AuditActor, config: PaymentConfig): Promise<SettingsOverview> {
  assertAdmin(viewer);
  const [rows, offered, contactRow] = await Promise.all([
    db.paymentGateway.findMany({ select: { provider: true, enabled: true } }),
    availableGateways(db, config),
    db.shopSettings.findUniqueOrThrow({ where: { id: 1 } }),
  ]);
  return {
    gateways: REAL_GATEWAYS.map((provider) => ({
      provider,
      // A missing row is what availableGateways reads as "off".
      enabled: rows.some((row) => row.provider === provider && row.enabled),
      configured: config[provider] !== null,
    })),
    demoMode: isDemoMode(config),
    offered,
    contact: toShopContact(contactRow),
    contactUpdatedAt: contactRow.updatedAt.toISOString(),
  };
}

/** The switch of one gateway, as its form posts it. */
export const gatewaySwitchSchema = z.object({
  provider: z.enum(REAL_GATEWAYS, { error: "invalid" }),
  enabled: checkbox,
});

/** Switches a gateway on or off. Returns what checkout offers afterwards, for the page to warn when nothing is. */
export async function switchGateway(
  db: Db,
  viewer: AuditActor,
  input: z.output<typeof gatewaySwitchSchema>,
  config: PaymentConfig,
  now: Date,
): Promise<{ provider: string; enabled: boolean; offered: PaymentProvider[] }> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const before = await tx.paymentGateway.findUnique({ where: { provider: input.provider } });
    await setGatewayEnabled(tx, input.provider, input.enabled);
    if ((before?.enabled ?? false) !== input.enabled)
      await recordAudit(tx, viewer, {
        action: "paymentGateway.update",
        target: { type: "paymentGateway", id: input.provider },
        before: before ? { enabled: before.enabled } : null,
        after: { enabled: input.enabled },
        at: now,
      });
    return { provider: input.provider, enabled: input.enabled, offered: await availableGateways(tx, config) };
  });
}

/** The contact form: the details, and the version of the row the admin saw. */
export const shopContactFormSchema = shopContactSchema.extend({
  updatedAt: z.iso.datetime({ error: "changedMeanwhile" }),
});

/**
 * Saves the shop's contact details. Refused ("changedMeanwhile") when the row changed since the admin's page
 * was loaded: the second of two admins is told, nothing is silently overwritten.
 */
export async function updateShopContact(
  db: Db,
  viewer: AuditActor,
  input: z.output<typeof shopContactFormSchema>,
  now: Date,
): Promise<ShopContact> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const before = await tx.shopSettings.findUniqueOrThrow({ where: { id: 1 } });
    const address = storedAddress(input.address);
    const updated = await tx.shopSettings.updateMany({
      where: { id: 1, updatedAt: new Date(input.updatedAt) },
      data: { phone: input.phone, email: input.email, address, updatedAt: now },
    });
    if (updated.count === 0) throw new DomainError("changedMeanwhile");
    await recordAudit(tx, viewer, {
      action: "shopSettings.update",
      target: { type: "shopSettings", id: "1" },
      before: { phone: before.phone, email: before.email, address: before.address },
      after: { phone: input.phone, email: input.email, address },
      at: now,
    });
    return toShopContact({ phone: input.phone, email: input.email, address });
  });
}
