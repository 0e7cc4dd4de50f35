import { OasError } from './oas-error.js';

/** A body came back that is not the expected SOAP response (not XML, another element, no result codes). */
export class ProtocolError extends OasError {
  override readonly name = 'ProtocolError' as const;
  readonly status: number;

  constructor(command: string, problem: string, status: number) {
    super(`${command}: ${problem}`, { fault: 'server', command });
    this.status = status;
  }
}
