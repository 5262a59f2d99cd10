// What `npm run lighthouse` keeps of a Lighthouse result, and issue 13's targets checked on it
// (tests/perf/lighthouse.mjs runs Lighthouse; this file only reads its JSON results).

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Scores (0–100), the three metrics and the audits that fail in each category below 100. */
export function summarize(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    failing: Object.fromEntries(CATEGORIES.map((id) => [id, failingAudits(lhr, id)]).filter(([, ids]) => ids.length)),
    runtimeError: lhr.runtimeError?.message,
  };
}

/**
 * The audits that cost a category points: in performance, the metrics and diagnostics scored below 0.9 (what
 * Lighthouse itself shows as not passed), with their score; elsewhere every audit that did not pass.
 */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  if (!category || category.score === 1) return [];
  const threshold = categoryId === "performance" ? 0.9 : 1;
  return category.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && typeof audit.score === "number" && audit.score < threshold)
    .filter(({ audit }) => !["informative", "notApplicable", "manual"].includes(audit.scoreDisplayMode))
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score)
    .map(({ audit }) => (categoryId === "performance" ? `${audit.id} (${audit.score.toFixed(2)})` : audit.id));
}

/** The run whose performance score is the median (of an odd number of runs). */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Issue 13's targets for one shop page, against the reference's median run: a list of
 * { name, met, detail } ("MISSED" is printed for each one not met).
 */
export function checkTargets({ page, mobile, desktop, javascript }, reference) {
  const targets = [];
  const add = (name, met, detail) => targets.push({ name, met, detail });
  const ref = reference.mobile;
  add(
    "performance within 3 points of the reference",
    mobile.performance >= ref.performance - 3,
    `${mobile.performance} vs ${ref.performance}`,
  );
  if (ref.performance >= 98)
    add("performance ≥ 95 (the reference scores ≥ 98)", mobile.performance >= 95, `${mobile.performance}`);
  add("TBT within 100 ms of the reference", mobile.tbtMs <= ref.tbtMs + 100, `${ms(mobile.tbtMs)} vs ${ms(ref.tbtMs)}`);
  add("LCP ≤ 2.5 s", mobile.lcpMs <= 2500, seconds(mobile.lcpMs));
  add("accessibility 100", mobile.accessibility === 100, `${mobile.accessibility}`);
  add("best practices 100", mobile.bestPractices === 100, `${mobile.bestPractices}`);
  if (page.noindex && seoOnlyMissesIndexing(mobile)) add("SEO 100 (noindex intended)", true, "noindex (intended)");
  else add("SEO 100", mobile.seo === 100, `${mobile.seo}`);
  add("desktop performance 100", desktop.performance === 100, `${desktop.performance}`);
  if (page.jsAllowanceBytes !== undefined) {
    const budget = reference.javascript.bytes + page.jsAllowanceBytes;
    add(
      `JavaScript ≤ reference + ${kilobytes(page.jsAllowanceBytes)}`,
      javascript.bytes <= budget,
      `${kilobytes(javascript.bytes)} vs budget ${kilobytes(budget)}`,
    );
  }
  return targets;
}

/** The only SEO audit failing is the one the page's `noindex` fails on purpose. */
export function seoOnlyMissesIndexing(run) {
  const failing = run.failing.seo ?? [];
  return failing.length === 1 && failing[0] === "is-crawlable";
}

export function ms(value) {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : "—";
}

export function seconds(value) {
  return Number.isFinite(value) ? `${(value / 1000).toFixed(1)} s` : "—";
}

export function kilobytes(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : "—";
}

/** One table, side by side: the reference first, then the shop's pages. */
export function table(rows) {
  const header = ["page", "perf", "a11y", "BP", "SEO", "LCP", "TBT", "CLS", "JS", "desktop perf"];
  const lines = rows.map(({ page, mobile, desktop, javascript }) => [
    page.name,
    String(mobile.performance),
    String(mobile.accessibility),
    String(mobile.bestPractices),
    page.noindex && seoOnlyMissesIndexing(mobile) ? "noindex (intended)" : String(mobile.seo),
    seconds(mobile.lcpMs),
    ms(mobile.tbtMs),
    mobile.cls.toFixed(3),
    kilobytes(javascript?.bytes),
    String(desktop.performance),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join("  ");
  return [format(header), widths.map((width) => "-".repeat(width)).join("  "), ...lines.map(format)].join("\n");
}
