/** Who is at fault: `client` (our input or our side of the network) or `server` (what came back). */
export type OasFault = 'client' | 'server';

/** The kinds of error this package throws; `switch (error.name)` narrows to the class. */
export type OasErrorName = 'OasError' | 'ValidationError' | 'TransportError' | 'SoapFaultError' | 'ProtocolError';

/**
 * Base of every error the client throws. Built only from redacted text: no secret is ever in a
 * message or a property, and no raw dependency error (which would carry the request body) is kept.
 */
export class OasError extends Error {
  override readonly name: OasErrorName = 'OasError';
  readonly $fault: OasFault;
  /** The command that failed, when the error belongs to a call. */
  readonly command: string | undefined;

  constructor(message: string, options: { fault: OasFault; command?: string | undefined }) {
    super(message);
    this.$fault = options.fault;
    this.command = options.command;
  }

  /** What JSON.stringify shows: the message and the error's own fields, nothing else. */
  toJSON(): Record<string, unknown> {
    return { ...Object.fromEntries(Object.entries(this)), name: this.name, message: this.message };
  }
}
