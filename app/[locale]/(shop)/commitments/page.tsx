import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PROMISES, promisesByTheme, type PolicyPromise, type PromiseTest } from "@/lib/promises/promises";

// Prerendered: the tests come from lib/promises/coverage.json, written from the test suite by
// `npm run promises` and kept current by tests/unit/promise-coverage.test.ts.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Commitments");
  return { title: t("title"), description: t("intro") };
}

export default async function CommitmentsPage() {
  const t = await getTranslations("Commitments");
  const themes = promisesByTheme();
  const kept = PROMISES.filter((promise) => promise.status === "kept").length;
  return (
    <article className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="font-serif text-4xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-6 text-lg leading-relaxed text-muted">{t("intro")}</p>
      <p className="mt-4 font-medium text-ink" data-testid="commitments-summary">
        {t("summary", { kept, total: PROMISES.length, inProgress: PROMISES.length - kept })}
      </p>
      <p className="mt-4 text-muted">{t("inProgressNote")}</p>
      <p className="mt-4 text-muted">{t("evidenceNote")}</p>
      <nav aria-label={t("title")} className="mt-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {themes.map(({ theme }) => (
            <li key={theme}>
              <a href={`#${theme}`} className="text-marine underline underline-offset-4">
                {t(`themes.${theme}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {themes.map(({ theme, promises }) => (
        <section key={theme} id={theme} aria-labelledby={`${theme}-title`} className="mt-12">
          <h2 id={`${theme}-title`} className="font-serif text-2xl font-semibold text-marine">
            {t(`themes.${theme}`)}
          </h2>
          <ul className="mt-6 space-y-6">
            {promises.map((promise) => (
              <li key={promise.id}>
                <PromiseItem promise={promise} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

async function PromiseItem({ promise }: { promise: PolicyPromise & { tests: PromiseTest[] } }) {
  const t = await getTranslations("Commitments");
  const key = `promises.${promise.id}` as const;
  const inProgress = promise.status === "inProgress";
  return (
    <section
      aria-labelledby={`${promise.id}-title`}
      id={promise.id}
      className="rounded-lg border border-line bg-white p-5"
    >
      <h3 id={`${promise.id}-title`} className="flex flex-wrap items-baseline gap-x-3 text-lg font-semibold text-ink">
        {/* Spaces between the parts, so that the heading reads "P1 Title" to screen readers too. */}
        <span className="text-sm font-normal text-muted">{promise.id}</span> <span>{t(`${key}.title`)}</span>{" "}
        {inProgress && (
          <span className="rounded-full bg-sand px-2 py-0.5 text-sm font-normal text-ink">{t("inProgress")}</span>
        )}
      </h3>
      <dl className="mt-3 space-y-3 leading-relaxed">
        <div>
          <dt className="font-semibold text-ink">{t("whatWePromise")}</dt>
          <dd className="text-muted">{t(`${key}.promise`)}</dd>
        </div>
        <div>
          <dt className="font-semibold text-ink">{inProgress ? t("howKeptInProgress") : t("howKept")}</dt>
          <dd className="text-muted">{t(`${key}.kept`)}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-ink">{t("provedBy", { count: promise.tests.length })}</p>
      {promise.tests.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-marine underline underline-offset-4">
            {t("testsSummary", { count: promise.tests.length })}
          </summary>
          <ul className="mt-2 space-y-2">
            {promise.tests.map((test, index) => (
              <li key={index} className="text-muted">
                <span className="block break-words text-ink">{test.title}</span>
                <span className="block font-mono text-xs">{t("testFile", { file: test.file })}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
