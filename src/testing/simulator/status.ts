/** A result status the simulator answers with. */
export interface SimulatedStatus {
  readonly name: string;
  readonly code: number;
}

/**
 * Statuses with their numbers. Documented ones follow the Administrator Reference's status codes
 * (and the real capture for STAT_NOT_FOUND); the rest are unpublished and the numbers are the
 * simulator's own choice, marked so. Authentication failures answer the generic STAT_INVCREDENTIALS
 * (the documented "generic status codes" policy) with the specific reason in the error stack.
 */
export const STATUS = {
  success: { name: 'STAT_SUCCESS', code: 0 },
  notFound: { name: 'STAT_NOT_FOUND', code: -13 },
  invalidCredentials: { name: 'STAT_INVCREDENTIALS', code: 1000 },
  expiredChallenge: { name: 'STAT_EXP_CHALLENGE', code: 1004 },
  permission: { name: 'STAT_PERMISSION', code: 1005 },
  locked: { name: 'STAT_LOCKED', code: 1007 },
  // Unpublished numbers: the simulator's choice.
  challenge: { name: 'STAT_CHALLENGE', code: 1013 },
  invalidData: { name: 'STAT_INVDATA', code: -4 },
  missingField: { name: 'STAT_MISSINGFLD', code: -5 },
} as const satisfies Record<string, SimulatedStatus>;

/** Error-stack codes for the specific reason behind a generic status (old Administrator Reference numbers). */
export const REASON = {
  wrongCredentials: { code: 1000, description: 'The credentials were invalid' },
  otpReplayed: { code: 1008, description: 'The one-time password was already used' },
  unknownUser: { code: 1010, description: 'No user account found' },
  locked: { code: 1007, description: 'The user account is locked' },
  pushRejected: { code: 1000, description: 'The user rejected the push login' },
  pushTimeout: { code: 1000, description: 'The user did not answer the push login in time' },
} as const;
