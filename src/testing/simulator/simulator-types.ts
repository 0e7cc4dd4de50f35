/** An authenticator (Digipass) of a simulated user. */
export interface SimulatedAuthenticator {
  /** Serial number, with or without the instance sequence: `VDS0000001` or `VDS0000001-1`. */
  readonly serialNumber: string;
  /** Whether it takes push-and-login requests (a mobile app instance). */
  readonly push?: boolean;
  /** OATH kind: event-based HOTP (default: every `otp()` is a new code) or time-based TOTP (30 s steps). */
  readonly kind?: 'hotp' | 'totp';
  /** The shared secret, hex; default: random. */
  readonly secret?: string;
}

/** A user of the simulated server. */
export interface SimulatedUser {
  readonly userId: string;
  /** Default `master`. */
  readonly domain?: string;
  /** A local static password. */
  readonly staticPassword?: string;
  /** A back-end (Active Directory) password, for changeBackendPassword. */
  readonly backendPassword?: string;
  /** A server PIN, typed before the OTP in a combined password (format 0). */
  readonly serverPin?: string;
  readonly authenticators?: readonly SimulatedAuthenticator[];
}

/** What the server pushes to the phone when a push login starts. */
export interface PushNotification {
  readonly userId: string;
  /** The authenticator instance, serial and sequence: `VDS0000001-1`. */
  readonly serialNumber: string;
  readonly challengeKey: string;
  /** The challenge key encrypted for this authenticator: what the phone sends back to reject. */
  readonly challengeKeyMessage: string;
}

export interface UserState {
  readonly errorCount: number;
  readonly locked: boolean;
}

export interface SimulatorOptions {
  /** Default 0: a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** true: a fresh self-signed certificate for localhost and 127.0.0.1, its PEM in `ca`; or your own key and certificate. */
  readonly tls?: boolean | { readonly key: string; readonly cert: string };
  readonly users?: readonly SimulatedUser[];
  /** Failed attempts before a user is locked (STAT_LOCKED). Default 3. */
  readonly lockThreshold?: number;
  /** The password that starts a push login. Default `push`. */
  readonly pushKeyword?: string;
  /** The password that asks for a 2-step challenge. Default `challenge`. */
  readonly challengeKeyword?: string;
  /** How long a push login waits for the user before failing. Default 60 000 ms. */
  readonly authenticationTimeoutMs?: number;
  /** How long a challenge stays valid (STAT_EXP_CHALLENGE after). Default 60 000 ms. */
  readonly challengeTimeoutMs?: number;
  /** The time source, for TOTP and expiry. Default Date.now. */
  readonly clock?: () => number;
}
