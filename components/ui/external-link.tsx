import { useTranslations } from "next-intl";
import type { AnchorHTMLAttributes, ReactNode } from "react";

// The one way to link to another site (P22). It opens in a new tab without handing that site a reference
// to our window (noopener) nor the address of the page the visitor came from (noreferrer), and says so:
// an arrow for sighted visitors, a sentence for screen readers. tests/unit/external-links.test.ts fails on
// any other <a> to an absolute http(s) address in app/ or components/.
// Works in server and client components; a client component needs the "ExternalLink" message namespace.

type ExternalLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href" | "target" | "rel" | "children"> & {
  href: string;
  children: ReactNode;
};

export function ExternalLink({ href, children, ...props }: ExternalLinkProps) {
  const t = useTranslations("ExternalLink");
  return (
    <a {...props} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 16 16"
        className="ml-1 inline-block h-3.5 w-3.5 align-[-0.125em]"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M9 3h4v4M13 3 7 9M11 9.5V13H3V5h3.5" />
      </svg>
      <span className="sr-only"> {t("newWindow")}</span>
    </a>
  );
}
