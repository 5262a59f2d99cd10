const TONES = {
  neutral: "bg-line text-ink",
  info: "bg-marine/10 text-marine",
  success: "bg-sage/15 text-sage",
  warning: "bg-sand text-terracotta",
  danger: "bg-terracotta/10 text-terracotta",
} as const;

export type StatusTone = keyof typeof TONES;

/**
 * A status as a small coloured label in back-office tables and figures. The text (already translated) carries
 * the meaning, never the colour alone.
 */
export function StatusBadge({ tone, label }: { tone: StatusTone; label: string }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${TONES[tone]}`} data-tone={tone}>
      {label}
    </span>
  );
}
