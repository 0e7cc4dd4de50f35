import { TransportError, type TransportFailure } from '../errors/transport-error.js';

/** What an HTTP client's error says, reduced to the fields we keep (never its config or request body). */
export interface LowLevelFailure {
  readonly code: string | undefined;
  readonly message: string;
  readonly canceled: boolean;
}

const BEFORE_SENDING = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_INVALID_URL']);

/** Classifies a failure with no HTTP response; says whether the request may have reached the server. */
export function transportErrorFor(command: string, origin: string, failure: LowLevelFailure, timeoutMs: number, aborted: boolean): TransportError {
  const code = failure.code;
  let kind: TransportFailure = 'network';
  let what = `network error${code ? ` ${code}` : ''}`;
  if (aborted) {
    kind = 'aborted';
    what = 'aborted by the caller';
  } else if (failure.canceled || code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(failure.message)) {
    kind = 'timeout';
    what = `no answer within ${timeoutMs} ms`;
  } else if (code !== undefined && isTlsCode(code)) {
    kind = 'tls';
    what = `TLS verification failed (${code})`;
  }
  const mayHaveReachedServer = !(kind === 'tls' || (kind === 'network' && code !== undefined && BEFORE_SENDING.has(code)));
  const consequence = mayHaveReachedServer ? '; the server may have received it, so it is not retried' : '';
  return new TransportError(`${command}: ${what} calling ${origin}${consequence}`, { command, failure: kind, code, mayHaveReachedServer });
}

function isTlsCode(code: string): boolean {
  return (
    /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/.test(code) || code === 'EPROTO' || code === 'HOSTNAME_MISMATCH'
  );
}
