import { notFound } from "next/navigation";
import * as rootParams from "next/root-params";
import { getRequestConfig } from "next-intl/server";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { loadMessages } from "./messages";
import { isLocale, type Locale } from "./routing";

// The locale comes from the [locale] root segment through next/root-params, so catalogue pages stay
// statically renderable; server actions and route handlers pass it explicitly.
export default getRequestConfig(async ({ locale }) => {
  let resolved: Locale;
  if (isLocale(locale)) {
    resolved = locale;
  } else {
    const segment = await rootParams.locale();
    if (!isLocale(segment)) notFound();
    resolved = segment;
  }
  return {
    locale: resolved,
    messages: await loadMessages(resolved),
    timeZone: SHOP_TIME_ZONE,
  };
});
