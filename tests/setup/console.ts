// Every Vitest file runs this first: a console.error fails the test that caused it, unless the test
// declared it with expectConsoleError (tests/helpers/console.ts). An error logged outside a test fails
// the next test (beforeAll) or the file (afterAll). A plain function, not a vi.spyOn, so that a test
// restoring its own mocks cannot switch the rule off.
import { afterAll, afterEach } from "vitest";
import { logger } from "@/lib/logs/logger";
import { recordConsoleError, takeConsoleErrorProblems } from "../helpers/console";

console.error = (...args: unknown[]) => recordConsoleError(args);
// Server code logs through pino (lib/logs/logger.ts, silent under Vitest): a line it writes at error level or above
// falls under the same rule.
logger.error = ((...args: unknown[]) => recordConsoleError(args)) as typeof logger.error;
logger.fatal = ((...args: unknown[]) => recordConsoleError(args)) as typeof logger.fatal;

function failOnConsoleErrors() {
  const problems = takeConsoleErrorProblems();
  if (problems.length > 0) throw new Error(problems.join("\n\n"));
}

afterEach(failOnConsoleErrors);
afterAll(failOnConsoleErrors);
