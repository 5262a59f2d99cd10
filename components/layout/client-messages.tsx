import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { ErrorCode } from "@/lib/errors";
import { pickMessages, type MessagePath, type Messages } from "@/lib/i18n/messages";

/**
 * Gives the client components below it the messages they need, and only those: whole namespaces or parts of them,
 * and the error codes their forms can be refused with (lib/errors.ts). It replaces, not adds to, the messages given
 * above it.
 */
export async function ClientMessages({
  namespaces,
  errors,
  children,
}: {
  namespaces: readonly MessagePath[];
  errors?: readonly ErrorCode[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as Messages;
  return (
    <NextIntlClientProvider messages={pickMessages(messages, namespaces, errors)}>{children}</NextIntlClientProvider>
  );
}
