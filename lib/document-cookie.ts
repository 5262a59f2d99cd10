// The page's cookies as its scripts see them (client code only), read at most once per run of script (issue 13).
// Each read of document.cookie is a synchronous request to the browser's network process: while a page hydrates,
// every consent gate and the cart count read it in the same render, 18 reads on a category page, each 0.1 to
// 14 ms in the traces of a page starting up, inside the tasks that Total Blocking Time counts. Within one run of
// script (until the next microtask) only the page's own writes can change what it would read, and they go through
// writeDocumentCookie, which forgets the copy; a later run (after an await, an event) reads afresh.
let current: string | undefined;

function forget() {
  current = undefined;
}

export function readDocumentCookie(): string {
  if (current === undefined) {
    current = document.cookie;
    queueMicrotask(forget);
  }
  return current;
}

/** A `document.cookie` assignment ("name=value; Path=/; …"). */
export function writeDocumentCookie(assignment: string): void {
  document.cookie = assignment;
  forget();
}
