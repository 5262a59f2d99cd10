import type { ReactNode } from "react";

/** A simple page of text (policy, terms, contact) with the shop's typography. */
export function TextPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="font-serif text-4xl font-semibold text-marine">{title}</h1>
      <div className="mt-6 space-y-4 text-lg leading-relaxed text-muted">{children}</div>
    </article>
  );
}
