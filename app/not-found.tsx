// Requests outside any locale (e.g. /unknown.txt) have no language: a bilingual 404.
import "./globals.css";

export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body className="bg-paper font-sans text-ink">
        <main className="mx-auto max-w-xl px-4 py-20 text-center">
          <h1 className="text-3xl font-semibold">Page introuvable</h1>
          <p lang="en" className="mt-2 text-muted">
            Page not found
          </p>
          {/* Plain links: moving into the [locale] root layout is a full page load anyway. */}
          {/* eslint-disable @next/next/no-html-link-for-pages */}
          <p className="mt-8 flex justify-center gap-6">
            <a href="/fr" className="underline">
              Accueil
            </a>
            <a href="/en" lang="en" className="underline">
              Home
            </a>
          </p>
          {/* eslint-enable @next/next/no-html-link-for-pages */}
        </main>
      </body>
    </html>
  );
}
