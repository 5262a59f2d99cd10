// The bench's tables and the targets (issue 13), from the measured rows of each database.

export const TERMS = "terms (prerendered)";
export const PUBLIC_FILE = "file from public/";

/**
 * Adds each row's ratios to the terms page and to the public file, measured on the same server, and the ratio
 * of the terms page's CPU per request to the row's: what its requests/s ratio would be on an idle machine.
 * The requests/s ratios are the median of the ratios of each round (slices measured a few seconds apart), so
 * that load from elsewhere on a shared machine, which comes and goes, weighs little on them.
 */
export function withRatios(rows) {
  const terms = rows.find((r) => r.name === TERMS);
  const file = rows.find((r) => r.name === PUBLIC_FILE);
  return rows.map((r) => ({
    ...r,
    vsTerms: pairedRatio(r, terms),
    vsPublicFile: pairedRatio(r, file),
    cpuVsTerms: terms?.cpuMs && r.cpuMs ? terms.cpuMs / r.cpuMs : NaN,
  }));
}

function pairedRatio(row, reference) {
  if (!reference) return NaN;
  const ratios = row.sliceRps
    .map((rps, round) => rps / reference.sliceRps[round])
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (ratios.length === 0) return NaN;
  const middle = Math.floor(ratios.length / 2);
  return ratios.length % 2 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
}

export function printTable(title, rows) {
  const header = [
    "page",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "non-2xx",
    "vs terms",
    "vs file",
    "cpu ms",
    "by cpu",
    "cache",
  ];
  const widths = [24, 7, 7, 7, 7, 7, 8, 7, 7, 6, 6];
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[0]) : String(c).padStart(widths[i])));
  console.log(`\n${title}`);
  console.log(line(header).join(" "));
  for (const r of rows) {
    console.log(
      line([
        r.name,
        r.rps.toFixed(0),
        r.p50.toFixed(1),
        r.p95.toFixed(1),
        r.p99.toFixed(1),
        r.non2xx,
        r.vsTerms.toFixed(2),
        r.vsPublicFile.toFixed(2),
        r.cpuMs == null ? "-" : r.cpuMs.toFixed(1),
        r.cpuVsTerms.toFixed(2),
        r.cache ?? "-",
      ]).join(" "),
    );
  }
}

/**
 * The targets: product and filtered category at least 0.9 of the terms page's requests/s (on every
 * database measured), and search p95 under 100 ms at 10 connections on PostgreSQL.
 */
export function targets(databases, connections) {
  const results = [];
  for (const db of databases.filter((d) => d.rows)) {
    for (const name of ["product", "category, filtered"]) {
      const row = db.rows.find((r) => r.name === name);
      if (!row) continue;
      results.push({
        target: `${name} >= 0.9 x terms (${db.name})`,
        value: `${row.vsTerms.toFixed(2)} (by CPU per request: ${row.cpuVsTerms.toFixed(2)})`,
        met: row.vsTerms >= 0.9 && row.non2xx === 0,
      });
    }
  }
  const postgres = databases.find((d) => d.name === "PostgreSQL");
  const search = postgres?.rows?.find((r) => r.name === "search");
  results.push(
    search && connections === 10
      ? {
          target: "search p95 < 100 ms at 10 connections (PostgreSQL)",
          value: `${search.p95.toFixed(1)} ms`,
          met: search.p95 < 100 && search.non2xx === 0,
        }
      : {
          target: "search p95 < 100 ms at 10 connections (PostgreSQL)",
          value: search ? `measured at ${connections} connections` : "PostgreSQL not measured",
          met: null,
        },
  );
  return results;
}

export function printTargets(results) {
  console.log("\nTargets of issue 13");
  for (const r of results) {
    const mark = r.met === null ? "?" : r.met ? "✔" : "✘";
    console.log(
      `${mark} ${r.target}: ${r.value}${r.met === null ? " (not evaluated)" : r.met ? " (met)" : " (NOT met)"}`,
    );
  }
}
