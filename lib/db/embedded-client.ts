// Connections to the embedded database server (docs/decisions/0001 and 0017). Each new connection of the pool
// first makes sure the server runs (ensureEmbeddedServer: a state file read and a TCP probe on loopback, about
// a millisecond), and connects to the port it runs on now. So a server that was killed or stopped while
// `next dev` kept running is started again by the next request, instead of every query failing with "Can't
// reach database server at 127.0.0.1:<old port>" until the app is restarted.
import pg from "pg";
import { ensureEmbeddedServer } from "./embedded-server";

type ConnectCallback = (error: Error | null, client?: pg.Client) => void;

/** pg pool settings for the embedded server in `dir`; the port is found again at each new connection. */
export function embeddedPoolConfig(dir: string, max: number): pg.PoolConfig {
  class EmbeddedServerClient extends pg.Client {
    constructor() {
      super({ host: "127.0.0.1", user: "postgres", password: "postgres", database: "postgres", ssl: false });
    }

    override connect(): Promise<pg.Client>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<pg.Client> | void {
      const started = ensureEmbeddedServer(dir).then((connectionString) => {
        this.port = Number(new URL(connectionString).port);
      });
      if (!callback) return started.then(() => super.connect());
      started.then(
        () => super.connect(callback as (error: Error) => void),
        (error: Error) => callback(error),
      );
    }
  }
  return { max, Client: EmbeddedServerClient };
}
