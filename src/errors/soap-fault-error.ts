import { OasError } from './oas-error.js';

/** The server answered with a SOAP Fault (1.1 or 1.2). Text fields are redacted of the call's secrets. */
export class SoapFaultError extends OasError {
  override readonly name = 'SoapFaultError' as const;
  readonly soapVersion: '1.1' | '1.2';
  /** faultcode (1.1) or Code/Value (1.2), as written, e.g. `SOAP-ENV:Client`. */
  readonly faultCode: string;
  /** faultstring (1.1) or the first Reason/Text (1.2). */
  readonly faultString: string;
  readonly faultActor: string | undefined;
  /** The detail element's text content, if any. */
  readonly detail: string | undefined;
  readonly status: number;

  constructor(
    command: string,
    fault: { soapVersion: '1.1' | '1.2'; faultCode: string; faultString: string; faultActor?: string | undefined; detail?: string | undefined; status: number },
  ) {
    super(`${command}: SOAP fault ${fault.faultCode}: ${fault.faultString}`, { fault: 'server', command });
    this.soapVersion = fault.soapVersion;
    this.faultCode = fault.faultCode;
    this.faultString = fault.faultString;
    this.faultActor = fault.faultActor;
    this.detail = fault.detail;
    this.status = fault.status;
  }
}
