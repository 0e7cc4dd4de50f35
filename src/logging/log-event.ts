import type { ResultCodes } from '../results/command-result.js';

/** The request as logged: wire names with values, secrets replaced by `[REDACTED]`. */
export interface RequestLogEvent {
  readonly type: 'request';
  readonly command: string;
  readonly callId: string;
  readonly endpoint: string;
  readonly values: Readonly<Record<string, string>>;
}

export interface ResponseLogEvent {
  readonly type: 'response';
  readonly command: string;
  readonly callId: string;
  readonly durationMs: number;
  readonly ok: boolean;
  readonly codes: ResultCodes;
  /** Wire names of the attributes that came back (values are not logged). */
  readonly returnedAttributes: readonly string[];
}

export interface FailureLogEvent {
  readonly type: 'failure';
  readonly command: string;
  readonly callId: string;
  readonly durationMs: number;
  readonly error: { readonly name: string; readonly message: string };
}

/** A structured, redacted event about one call. */
export type ClientLogEvent = RequestLogEvent | ResponseLogEvent | FailureLogEvent;

/** Receives the client's events; what it throws is ignored, so logging cannot break a call. */
export type ClientLogger = (event: ClientLogEvent) => void;
