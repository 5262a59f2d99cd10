// Messages sent through the contact form (P3, P29): stored for the back-office inbox and acknowledged by
// e-mail through the outbox. Privacy requests of people who only ordered as guests come the same way (P14).
// No IP address is stored (P25): the form's rate limit counts a keyed hash in RateLimitWindow.
import type { Db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderContactAcknowledgementEmail } from "@/lib/email/templates/contact";
import type { Locale } from "@/lib/i18n/routing";
import { HONEYPOT_FIELD, type ContactFormInput } from "./schemas";

/** What the form shows once sent: the address the answer will go to. The same whether stored or dropped. */
export type ContactReceipt = { email: string };

/**
 * Stores the message and queues its acknowledgement, in one transaction (both or neither). A filled-in
 * honeypot is a robot: it gets the same answer as a person, and nothing is stored or sent.
 */
export async function submitContactMessage(
  db: Db,
  input: ContactFormInput & { locale: Locale },
  now: Date,
): Promise<ContactReceipt> {
  if (input[HONEYPOT_FIELD]) return { email: input.email };
  const rendered = await renderContactAcknowledgementEmail({
    locale: input.locale,
    kind: input.kind,
    subject: input.subject,
    orderNumber: input.orderNumber ?? null,
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
    await enqueueEmail(tx, {
      ...rendered,
      key: `contact-acknowledgement:${message.id}`,
      template: "contact-acknowledgement",
      locale: input.locale,
      to: input.email,
    });
  });
  return { email: input.email };
}
