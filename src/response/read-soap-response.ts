import { ProtocolError } from '../errors/protocol-error.js';
import { SoapFaultError } from '../errors/soap-fault-error.js';
import type { Redactor } from '../logging/redactor.js';
import { parseXml, XmlSyntaxProblem } from './parse-xml.js';
import { readEnvelope } from './soap-envelope.js';
import type { XmlNode } from './xml-node.js';

/**
 * Turns an HTTP body into the response element, or throws SoapFaultError for a Fault and
 * ProtocolError for anything that is not a SOAP envelope. Shared by every engine.
 */
export function readSoapResponse(command: string, status: number, body: string, redactor: Redactor): XmlNode {
  let root: XmlNode;
  try {
    root = parseXml(body);
  } catch (error) {
    if (error instanceof XmlSyntaxProblem) throw new ProtocolError(command, `the response is not XML (${redactor.redact(error.message)})`, status);
    throw error;
  }
  const content = readEnvelope(root);
  switch (content.kind) {
    case 'fault':
      throw new SoapFaultError(command, {
        soapVersion: content.fault.soapVersion,
        faultCode: redactor.redact(content.fault.faultCode),
        faultString: redactor.redact(content.fault.faultString),
        faultActor: redactor.redactOptional(content.fault.faultActor),
        detail: redactor.redactOptional(content.fault.detail),
        status,
      });
    case 'invalid':
      throw new ProtocolError(command, content.problem, status);
    case 'response':
      return content.element;
  }
}

/** Whether a body looks like a SOAP envelope at all (to tell a SOAP fault from a bare HTTP error page). */
export function looksLikeSoap(body: string): boolean {
  return /<(?:[\w.-]+:)?Envelope[\s>]/.test(body);
}
