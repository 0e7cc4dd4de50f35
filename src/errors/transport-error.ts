import { OasError } from './oas-error.js';

/** Why a call did not get a SOAP answer. */
export type TransportFailure = 'network' | 'tls' | 'timeout' | 'aborted' | 'http' | 'closed';

/**
 * The call got no SOAP answer: network, TLS, timeout, abort, or an HTTP status without a SOAP body.
 * Never retried by the client: when `mayHaveReachedServer` is true the server may have acted on it
 * (counted a failed attempt, consumed a challenge key).
 */
export class TransportError extends OasError {
  override readonly name = 'TransportError' as const;
  readonly failure: TransportFailure;
  /** The HTTP status; 0 when no HTTP response arrived. */
  readonly status: number;
  /** A system error code such as ECONNREFUSED or CERT_HAS_EXPIRED, when there is one. */
  readonly code: string | undefined;
  readonly mayHaveReachedServer: boolean;

  constructor(
    message: string,
    details: { command?: string; failure: TransportFailure; status?: number; code?: string | undefined; mayHaveReachedServer: boolean },
  ) {
    super(message, { fault: details.failure === 'http' ? 'server' : 'client', command: details.command });
    this.failure = details.failure;
    this.status = details.status ?? 0;
    this.code = details.code;
    this.mayHaveReachedServer = details.mayHaveReachedServer;
  }
}
