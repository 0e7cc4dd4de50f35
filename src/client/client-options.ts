import type { TlsOptions } from '../engine/http-agent.js';
import type { ClientLogger } from '../logging/log-event.js';

export interface AuthenticationClientOptions {
  /** The OAS SOAP endpoint, e.g. `https://oas.example.com:8888/`. */
  readonly endpoint: string | URL;
  /** Path to another authentication.wsdl (e.g. your SDK's); default: the one bundled with the package. */
  readonly wsdl?: string;
  /** TLS trust and client certificate; verification is on unless `rejectUnauthorized: false`. */
  readonly tls?: TlsOptions;
  /** Default per-call timeout in milliseconds (default 30 000; 0 for none). A call may pass its own. */
  readonly timeoutMs?: number;
  /** Receives structured, redacted events. */
  readonly logger?: ClientLogger;
  /**
   * Plain `http:` sends passwords in clear text; it is accepted for loopback addresses only,
   * unless this is true.
   */
  readonly allowInsecureHttp?: boolean;
}

/** Per call: a timeout (ms, 0 for none) and a signal to abandon the call. */
export interface CallOptions {
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
