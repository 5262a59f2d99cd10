// The words of the consent banner's "Personnaliser" panel (its categories, partners and cookies), fetched when a
// visitor opens it (components/consent/consent-banner.tsx) rather than written into every page (issue 13).
// Prerendered for each language, like the pages that ask for it.
import { getMessages } from "next-intl/server";
import { CONSENT_DETAILS_MESSAGES, pickMessages, type Messages } from "@/lib/i18n/messages";
import { isLocale, locales } from "@/lib/i18n/routing";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const messages = (await getMessages({ locale })) as Messages;
  return Response.json(pickMessages(messages, CONSENT_DETAILS_MESSAGES));
}
