import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/** TLS settings for the client's connections; verification stays on unless turned off explicitly. */
export interface TlsOptions {
  /** Certificates to trust, PEM: OAS certificates are usually self-signed, trust them here. */
  readonly ca?: string | Buffer | readonly (string | Buffer)[];
  /** A client certificate and its key, PEM, for servers that ask for one. */
  readonly cert?: string | Buffer;
  readonly key?: string | Buffer;
  readonly passphrase?: string;
  /** Default true. Turning it off exposes every password sent to whoever sits in between. */
  readonly rejectUnauthorized?: boolean;
}

/** Idle sockets are closed before the server's 90 s Connection-Idle-Timeout would drop them under a request. */
const IDLE_SOCKET_MS = 60_000;

/**
 * One keep-alive agent per client. No cap on concurrent sockets: a pending push login holds its
 * socket until the user answers, and must not make other calls wait for one.
 */
export function createAgent(endpoint: URL, tls: TlsOptions | undefined): HttpAgent | HttpsAgent {
  const common = { keepAlive: true, maxSockets: Infinity, maxFreeSockets: 64, timeout: IDLE_SOCKET_MS, scheduling: 'lifo' as const };
  if (endpoint.protocol === 'http:') return new HttpAgent(common);
  return new HttpsAgent({
    ...common,
    ca: tls?.ca as string | Buffer | (string | Buffer)[] | undefined,
    cert: tls?.cert,
    key: tls?.key,
    passphrase: tls?.passphrase,
    rejectUnauthorized: tls?.rejectUnauthorized ?? true,
  });
}
