"use client";

import { usePathname } from "next/navigation";
import { useLocale } from "next-intl";
import { useEffect, useState } from "react";

/** "Se connecter" or "Mon compte": the header is static, so who is signed in is asked after load. */
export function AccountLink({ signInLabel, accountLabel }: { signInLabel: string; accountLabel: string }) {
  const locale = useLocale();
  const [signedIn, setSignedIn] = useState(false);
  // Asked again after each navigation: signing in or out happens through server actions and redirects.
  const pathname = usePathname();
  useEffect(() => {
    let cancelled = false;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { user?: unknown } | null) => {
        if (!cancelled) setSignedIn(Boolean(session?.user));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [pathname]);
  // A document load, not a client-side navigation: sign-in and Mon compte get their own security policy (P12).
  return (
    <a
      href={`/${locale}/${signedIn ? "account" : "sign-in"}`}
      className="font-medium text-ink underline-offset-4 hover:underline"
      data-testid="account-link"
    >
      {signedIn ? accountLabel : signInLabel}
    </a>
  );
}
