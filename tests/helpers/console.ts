// A console.error during a test is a failure unless the test said it expects it (tests/setup/console.ts
// checks after each test). A test that expects one says so before the code under test runs:
//   expectConsoleError("paid 6390 eur")   the error must be logged (the test fails if it is not), and
//                                         only errors matching it (substring or RegExp) are let through.
import { format } from "node:util";

export type ConsoleErrorMatcher = string | RegExp;

type Expectation = { matcher: ConsoleErrorMatcher; seen: number };

const expectations: Expectation[] = [];
const unexpected: string[] = [];

export function expectConsoleError(matcher: ConsoleErrorMatcher): void {
  expectations.push({ matcher, seen: 0 });
}

function matches(matcher: ConsoleErrorMatcher, message: string): boolean {
  return typeof matcher === "string" ? message.includes(matcher) : matcher.test(message);
}

/** Called by the console.error replacement: keeps what no expectation of the current test covers. */
export function recordConsoleError(args: unknown[]): void {
  const message = format(...args);
  const expectation = expectations.find((e) => matches(e.matcher, message));
  if (expectation) expectation.seen += 1;
  else unexpected.push(message);
}

/** What went wrong since the last call (errors nobody expected, expected errors never logged), then a clean slate. */
export function takeConsoleErrorProblems(): string[] {
  const problems = [
    ...unexpected.map((message) => `console.error was called:\n${message}`),
    ...expectations
      .filter((e) => e.seen === 0)
      .map((e) => `expected a console.error matching ${String(e.matcher)}, none was logged`),
  ];
  unexpected.length = 0;
  expectations.length = 0;
  return problems;
}
