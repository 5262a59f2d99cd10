import type { Metadata } from "next";
import type { ReactNode } from "react";

// No fonts, no styles, no data: the framework's floor.
export const metadata: Metadata = {
  title: "Référence Next.js",
  description: "Une page Next.js minimale, construite avec les mêmes versions que la boutique, pour la mesurer.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
