// A round-robin load balancer in front of several `next start` instances, as a deployment puts one: every
// request goes to the next instance, keeps its Host, and gets the address it came from appended to
// X-Forwarded-For (the shops run with TRUSTED_PROXY_HOPS=1). Shoppers connect from addresses of their own on
// the loopback network (127.0.x.y), so each one is its own client for the per-address limits.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type LoadBalancer = { url: string; close(): Promise<void> };

export async function startLoadBalancer(instances: URL[]): Promise<LoadBalancer> {
  let next = 0;
  // A connection per request: a kept-alive one that the instance closes as it is reused would fail the request.
  const agent = new http.Agent({ keepAlive: false });
  const server = http.createServer((request, response) => {
    const instance = instances[next++ % instances.length]!;
    const forwarded = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      {
        host: instance.hostname,
        port: instance.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, "x-forwarded-for": forwarded },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    // An instance that is down: the balancer's own answer, as a real one gives.
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
      response.end("bad gateway");
    });
    request.pipe(upstream);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
