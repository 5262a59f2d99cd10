// A request id for every request the server answers: sent back as X-Request-Id and written on every log line the
// request causes (lib/logs/logger.ts), so one request's lines can be found together, on one instance or several.
//
// Set where the request log sees requests arrive (Node's http.server.request.start channel, decision 0011): the
// channel is published synchronously just before the server's request handler runs, so the id entered there is the
// one every await of that request inherits. Behind proxies of our own (TRUSTED_PROXY_HOPS ≥ 1), an id the load
// balancer assigned is kept, when it looks like one; a client's own header is not believed.
import { randomUUID } from "node:crypto";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { requestContext } from "./logger";

export const REQUEST_ID_HEADER = "x-request-id";
/** Node's channel of arriving requests (node:http), published by every HTTP server of the process. */
export const REQUEST_START_CHANNEL = "http.server.request.start";
const FORWARDED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

const ids = new WeakMap<IncomingMessage, string>();

/** The id of a request, once it has arrived (undefined for one that arrived before the subscription). */
export function requestIdOf(request: IncomingMessage): string | undefined {
  return ids.get(request);
}

/** The id to give a request: the load balancer's when we sit behind one and it is well formed, else a new one. */
export function chooseRequestId(forwarded: string | string[] | undefined, trustedProxyHops: number): string {
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  if (trustedProxyHops >= 1 && value && FORWARDED_ID.test(value)) return value;
  return randomUUID();
}

/** Gives each arriving request its id (instrumentation.ts); returns the unsubscribe. Never throws into a request. */
export function startRequestIds(trustedProxyHops: number): () => void {
  const onStart = (message: unknown) => {
    try {
      const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
      const requestId = chooseRequestId(request.headers[REQUEST_ID_HEADER], trustedProxyHops);
      ids.set(request, requestId);
      response.setHeader("X-Request-Id", requestId);
      requestContext.enterWith({ requestId });
    } catch {
      // a request without an id, never a request refused
    }
  };
  subscribe(REQUEST_START_CHANNEL, onStart);
  return () => unsubscribe(REQUEST_START_CHANNEL, onStart);
}
