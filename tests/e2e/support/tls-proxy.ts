// The TLS-terminating proxy in front of the https shop (tests/e2e/support/servers.ts, HTTPS_SHOP), as a load
// balancer of our own does it in production: HTTPS on the outside with a certificate made here for 127.0.0.1
// (openssl, valid two days, kept in .data/tls), plain HTTP to `next start` behind, the client's address appended
// to X-Forwarded-For (the shop trusts one hop), the Host kept and X-Forwarded-Proto set. Loopback only.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import { HTTPS_SHOP } from "./servers";

const folder = path.resolve(import.meta.dirname, "../../../.data/tls");
const keyFile = path.join(folder, "127.0.0.1-key.pem");
const certFile = path.join(folder, "127.0.0.1-cert.pem");

function certificate(): { key: Buffer; cert: Buffer } {
  const fresh = fs.existsSync(certFile) && Date.now() - fs.statSync(certFile).mtimeMs < 86_400_000;
  if (!fresh) {
    fs.mkdirSync(folder, { recursive: true });
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"].concat([
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        keyFile,
        "-out",
        certFile,
      ]),
      { stdio: "ignore" },
    );
  }
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
}

const server = https.createServer(certificate(), (request, response) => {
  const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
  const upstream = http.request(
    {
      host: "127.0.0.1",
      port: HTTPS_SHOP.port,
      method: request.method,
      path: request.url,
      headers: { ...request.headers, "x-forwarded-for": forwardedFor, "x-forwarded-proto": "https" },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(response);
    },
  );
  upstream.on("error", () => {
    if (!response.headersSent) response.writeHead(502);
    response.end();
  });
  request.pipe(upstream);
});
server.listen(HTTPS_SHOP.tlsPort, "127.0.0.1", () => console.log(`TLS proxy: ${HTTPS_SHOP.baseURL}`));
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
