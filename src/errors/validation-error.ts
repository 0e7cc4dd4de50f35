import { OasError } from './oas-error.js';

/** The input was refused before anything was sent: nothing reached the server. */
export class ValidationError extends OasError {
  override readonly name = 'ValidationError' as const;
  /** The attribute or element at fault, by the name the caller used (`userId`, `credential.staticPassword`). */
  readonly attribute: string;
  readonly reason: string;

  constructor(command: string, attribute: string, reason: string) {
    super(`${command}: ${attribute} ${reason}`, { fault: 'client', command });
    this.attribute = attribute;
    this.reason = reason;
  }
}
