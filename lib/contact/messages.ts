// Messages sent through the contact form (P3, P29): stored for the back-office inbox, copied to the shop's
// mailbox and acknowledged by e-mail, through the outbox. Privacy requests of people who only ordered as
// guests come the same way (P14).
// No IP address is stored (P25): the form's rate limit counts a keyed hash in RateLimitWindow.
import type { Db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderContactAcknowledgementEmail, renderContactMessageForTeamEmail } from "@/lib/email/templates/contact";
import type { Locale } from "@/lib/i18n/routing";
import { addressKey, hit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { readShopContact } from "@/lib/settings/shop-contact";
import { HONEYPOT_FIELD } from "./form-fields";
import type { ContactFormInput } from "./schemas";

/**
 * What the form shows once sent: the address the answer will go to, and whether an acknowledgement is on its
 * way (not past the per-address limit). A robot's dropped message gets a person's answer.
 */
export type ContactReceipt = { email: string; acknowledged: boolean };

/**
 * Stores the message and queues its copy for the team and its acknowledgement, in one transaction. A filled-in
 * honeypot is a robot: it gets the same answer as a person, and nothing is stored or sent. Past a few
 * acknowledgements a day to one address, the message is stored without one: the form must not become a way
 * to send e-mails to someone else's address.
 */
export async function submitContactMessage(
  db: Db,
  input: ContactFormInput & { locale: Locale },
  now: Date,
  secret: string,
): Promise<ContactReceipt> {
  if (input[HONEYPOT_FIELD]) return { email: input.email, acknowledged: true };
  const acknowledgements = RATE_LIMITS.contactAcknowledgementsPerAddress;
  const { allowed: acknowledge } = await hit(
    db,
    `contact-ack:${addressKey(input.email, secret)}`,
    acknowledgements,
    now,
  );
  const shop = await readShopContact(db);
  // Rendered before the transaction opens (it holds no lock while React renders), and only when it is sent.
  const acknowledgement = acknowledge
    ? await renderContactAcknowledgementEmail({
        locale: input.locale,
        kind: input.kind,
        subject: input.subject,
        orderNumber: input.orderNumber ?? null,
        receivedAt: now,
        shop,
      })
    : null;
  const forTeam = await renderContactMessageForTeamEmail({
    kind: input.kind,
    name: input.name,
    email: input.email,
    subject: input.subject,
    orderNumber: input.orderNumber ?? null,
    message: input.message,
    receivedAt: now,
  });
  await db.$transaction(async (tx) => {
    const message = await tx.contactMessage.create({
      data: {
        kind: input.kind,
        name: input.name,
        email: input.email,
        subject: input.subject,
        message: input.message,
        orderNumber: input.orderNumber ?? null,
        locale: input.locale,
        createdAt: now,
      },
      select: { id: true },
    });
    // A copy for the shop's mailbox; messages are answered from the back office's inbox (/admin/messages).
    await enqueueEmail(tx, {
      ...forTeam,
      key: `contact-team:${message.id}`,
      template: "contact-team-copy",
      locale: "fr",
      to: shop.email,
    });
    if (!acknowledgement) return;
    await enqueueEmail(tx, {
      ...acknowledgement,
      key: `contact-acknowledgement:${message.id}`,
      template: "contact-acknowledgement",
      locale: input.locale,
      to: input.email,
    });
  });
  return { email: input.email, acknowledged: acknowledge };
}
