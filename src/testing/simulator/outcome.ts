import { REASON, STATUS, type SimulatedStatus } from './status.js';

/** What the simulator answers to one command, before it is written as XML. */
export interface Outcome {
  readonly status: SimulatedStatus;
  /** Returned attributes by wire name, in order. */
  readonly attributes: readonly (readonly [string, string | number])[];
  readonly errors: readonly { readonly code: number; readonly description: string }[];
  /** A plain-element command's `result` children. */
  readonly result?: Readonly<Record<string, string>>;
}

export function success(attributes: Outcome['attributes'] = [], result?: Outcome['result']): Outcome {
  return { status: STATUS.success, attributes, errors: [], result };
}

export function failure(status: SimulatedStatus, reason: { code: number; description: string } | string, attributes: Outcome['attributes'] = []): Outcome {
  const error = typeof reason === 'string' ? { code: status.code, description: reason } : reason;
  return { status, attributes, errors: [error] };
}

export const NOT_FOUND = failure(STATUS.notFound, { code: -13, description: 'The requested item could not be found' });
export const WRONG_CREDENTIALS = failure(STATUS.invalidCredentials, REASON.wrongCredentials);
