// Sends outbox e-mails through Resend. The outbox key doubles as Resend's idempotency key, so a retry
// after a lost response (sent by Resend, but we never heard back) does not send the e-mail twice.
import { Resend } from "resend";
import type { Env } from "@/lib/env";
import type { EmailSender } from "./outbox";

export const DEFAULT_EMAIL_FROM = "PluSuite <commandes@plusuite.com>";

/**
 * Per e-mail. The SDK sets no timeout, so a Resend that stops answering would hold the outbox worker for ever
 * (its next runs skip while one is running). A timed-out e-mail may have been sent: its retry carries the same
 * idempotency key (lib/email/outbox.ts keeps every retry within Resend's 24-hour window).
 */
export const RESEND_TIMEOUT_MS = 10_000;

/** `timeoutMs`: tests shorten it to watch a hanging Resend without waiting seconds. */
export function createResendSender(options: { apiKey: string; from: string; timeoutMs?: number }): EmailSender {
  // The SDK takes its base URL from RESEND_BASE_URL when constructed: tests point it at a local fake.
  const resend = new Resend(options.apiKey);
  return {
    async send(email) {
      const { data, error } = await resend.emails.send(
        {
          from: options.from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          ...(email.headers ? { headers: email.headers } : {}),
        },
        { idempotencyKey: email.key, signal: AbortSignal.timeout(options.timeoutMs ?? RESEND_TIMEOUT_MS) },
      );
      // The SDK reports failures in its result instead of throwing; the outbox retries on a throw.
      if (error)
        throw new Error(
          `Resend: ${error.message} (${error.name}${error.statusCode ? `, HTTP ${error.statusCode}` : ""})`,
        );
      if (!data?.id) throw new Error("Resend: the response has no message id");
      return { providerMessageId: data.id };
    },
  };
}

/** The configured sender, or null when RESEND_API_KEY is not set (e-mails then stay in the outbox). */
export function emailSenderFromEnv(env: Env): EmailSender | null {
  if (!env.RESEND_API_KEY) return null;
  return createResendSender({ apiKey: env.RESEND_API_KEY, from: env.EMAIL_FROM ?? DEFAULT_EMAIL_FROM });
}
