"use client";

// The page shown when the shop's own layout cannot be rendered: its header reads the database, so this is what a
// visitor sees while PostgreSQL restarts or is out of connections (docs/decisions/0018). The layout (and with it
// the messages) is not there: the text is written here, in both languages. "Try again" loads the page again from
// the server (React's reset() would only render it again in the browser).
import { useEffect } from "react";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="fr">
      <body className="font-sans antialiased">
        <main className="mx-auto max-w-xl px-4 py-20 text-center" role="alert">
          <h1 className="font-serif text-3xl font-semibold text-marine">La boutique est momentanément indisponible</h1>
          <p className="mt-3 text-muted">Réessayez dans quelques secondes.</p>
          <div lang="en" className="mt-8 border-t border-line pt-6">
            <h2 className="font-serif text-xl font-semibold text-marine">The shop is briefly unavailable</h2>
            <p className="mt-2 text-muted">Please try again in a few seconds.</p>
          </div>
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="mt-8 rounded-md bg-marine px-5 py-2.5 font-medium text-white hover:opacity-90"
          >
            Réessayer · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
