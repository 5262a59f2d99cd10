import type { ReactNode } from "react";

const TONES = {
  // role=status: announced politely by screen readers (a form was saved, a link was sent).
  success: { role: "status", className: "bg-sage/15 text-ink" },
  // role=alert: announced at once (a form was refused as a whole: limit reached, wrong link…).
  error: { role: "alert", className: "bg-terracotta/10 text-terracotta" },
} as const;

/** The one-line outcome of a form, above it: success or error, the same look on every page. */
export function Notice({
  tone,
  className = "",
  children,
}: {
  tone: keyof typeof TONES;
  /** spacing around it only (e.g. "mt-4"): the look is the notice's own */
  className?: string;
  children: ReactNode;
}) {
  const style = TONES[tone];
  return (
    <p role={style.role} className={`rounded-md px-3 py-2 text-sm font-medium ${style.className} ${className}`.trim()}>
      {children}
    </p>
  );
}
