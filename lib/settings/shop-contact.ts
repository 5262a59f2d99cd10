// P25, P29: the shop's public contact details (phone, e-mail, postal address), set by an admin at
// /admin/settings and kept in the one ShopSettings row. Pages read them when they render, e-mails when they are
// rendered (before being queued): nothing keeps a copy, so a change shows everywhere once pages are regenerated
// (the settings action invalidates them). These are the shop's details, not personal data.
// Read by scripts too (the retention job, policy publication): nothing here may be "server-only".
import type { Db, Tx } from "@/lib/db/client";

export type ShopContact = {
  /** as written in France, e.g. "0 800 94 20 26" */
  phone: string;
  /** the international form a tel: link dials, e.g. "+33800942026" */
  phoneInternational: string;
  /** French toll-free numbers (0800 to 0805, "numéro vert") are free to call: the pages say so */
  phoneIsFree: boolean;
  email: string;
  /** the postal address, one entry per line; empty while not set */
  addressLines: string[];
};

type Row = { phone: string; email: string; address: string };

/**
 * The international form of a stored phone number. A stored number passed the form's check (a valid number for
 * region FR, ./shop-contact-form.ts), so its digits are enough: "0 800 94 20 26" -> "+33800942026".
 */
export function internationalPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) return digits;
  if (digits.startsWith("00")) return `+${digits.slice(2)}`;
  return digits.startsWith("0") ? `+33${digits.slice(1)}` : digits;
}

/** The stored row as pages and e-mails use it. */
export function toShopContact(row: Row): ShopContact {
  const phoneInternational = internationalPhone(row.phone);
  return {
    phone: row.phone,
    phoneInternational,
    phoneIsFree: /^\+3380[0-5]/.test(phoneInternational),
    email: row.email,
    addressLines: row.address === "" ? [] : row.address.split("\n"),
  };
}

/** The address lines as stored: one text, lines separated by "\n". */
export const storedAddress = (lines: string[]) => lines.join("\n");

/**
 * The shop's contact details. The migration that created the row filled it with the details the shop had
 * before, so it exists on every database; a missing row is a broken database, not a default to guess.
 */
export async function readShopContact(db: Db | Tx): Promise<ShopContact> {
  const row = await db.shopSettings.findUnique({
    where: { id: 1 },
    select: { phone: true, email: true, address: true },
  });
  if (!row) throw new Error("ShopSettings row 1 is missing: run the migrations (prisma migrate deploy).");
  return toShopContact(row);
}
