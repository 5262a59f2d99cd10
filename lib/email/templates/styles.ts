// The look shared by every e-mail (inline styles: e-mail clients ignore stylesheets).
import type { CSSProperties } from "react";

export const NAVY = "#1e3a5f";
export const INK = "#1d2433";
export const MUTED = "#5b6475";
export const LINE = "#e4dccf";
export const PAPER = "#faf7f2";
export const SANS = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
export const SERIF = "Georgia, 'Times New Roman', serif";

export const baseEmailStyles = {
  body: { backgroundColor: PAPER, color: INK, fontFamily: SANS, margin: 0, padding: "24px 0" },
  container: { maxWidth: "600px", margin: "0 auto", padding: "0 12px" },
  brand: { fontFamily: SERIF, fontSize: "26px", fontWeight: 700, color: NAVY, margin: "0 0 16px", textAlign: "center" },
  card: {
    backgroundColor: "#ffffff",
    border: `1px solid ${LINE}`,
    borderTop: `4px solid ${NAVY}`,
    borderRadius: "8px",
    padding: "28px 28px 32px",
  },
  h1: { fontFamily: SERIF, fontSize: "24px", fontWeight: 700, color: NAVY, margin: "0 0 16px" },
  text: { fontSize: "15px", lineHeight: "24px", margin: "0 0 12px" },
  button: {
    display: "inline-block",
    backgroundColor: NAVY,
    color: "#ffffff",
    fontSize: "15px",
    fontWeight: 600,
    textDecoration: "none",
    borderRadius: "6px",
    padding: "12px 24px",
  },
  footerText: { fontSize: "13px", lineHeight: "20px", color: MUTED, margin: "0 0 6px" },
  hr: { borderColor: LINE, margin: "12px 0" },
} satisfies Record<string, CSSProperties>;
