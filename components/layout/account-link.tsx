import { useLocale } from "next-intl";

/**
 * "Mon compte", the same for every visitor: the header is prerendered and shared, so it cannot know who is signed
 * in, and asking the server on every page would cost each visitor a request. Signed out, the account area sends
 * the visitor to sign in and back (proxy.ts). A document load, not a client-side navigation: sign-in and Mon
 * compte get their own security policy (P12).
 */
export function AccountLink({ label }: { label: string }) {
  const locale = useLocale();
  return (
    <a
      href={`/${locale}/account`}
      className="font-medium text-ink underline-offset-4 hover:underline"
      data-testid="account-link"
    >
      {label}
    </a>
  );
}
