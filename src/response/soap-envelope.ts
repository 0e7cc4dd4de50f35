import { childNamed, type XmlNode } from './xml-node.js';

export const SOAP11_ENVELOPE = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12_ENVELOPE = 'http://www.w3.org/2003/05/soap-envelope';

export interface SoapFault {
  readonly soapVersion: '1.1' | '1.2';
  readonly faultCode: string;
  readonly faultString: string;
  readonly faultActor: string | undefined;
  readonly detail: string | undefined;
}

/** What a SOAP envelope holds: the Body's first element, or a Fault. */
export type EnvelopeContent =
  | { readonly kind: 'response'; readonly element: XmlNode }
  | { readonly kind: 'fault'; readonly fault: SoapFault }
  | { readonly kind: 'invalid'; readonly problem: string };

/** Finds the Body of a SOAP 1.1 or 1.2 envelope and reads what it carries. */
export function readEnvelope(root: XmlNode): EnvelopeContent {
  const version = root.namespace === SOAP11_ENVELOPE ? '1.1' : root.namespace === SOAP12_ENVELOPE ? '1.2' : undefined;
  if (root.name !== 'Envelope' || version === undefined) {
    return { kind: 'invalid', problem: `expected a SOAP Envelope, got {${root.namespace}}${root.name}` };
  }
  const body = root.children.find((child) => child.name === 'Body' && child.namespace === root.namespace);
  const element = body?.children[0];
  if (element === undefined) return { kind: 'invalid', problem: 'the SOAP Body is missing or empty' };
  if (element.name === 'Fault' && element.namespace === root.namespace) return { kind: 'fault', fault: readFault(element, version) };
  return { kind: 'response', element };
}

function readFault(fault: XmlNode, soapVersion: '1.1' | '1.2'): SoapFault {
  const textOf = (node: XmlNode | undefined): string | undefined => (node === undefined ? undefined : deepText(node).trim());
  if (soapVersion === '1.1') {
    return {
      soapVersion,
      faultCode: textOf(childNamed(fault, 'faultcode')) ?? '',
      faultString: textOf(childNamed(fault, 'faultstring')) ?? '',
      faultActor: textOf(childNamed(fault, 'faultactor')),
      detail: textOf(childNamed(fault, 'detail')),
    };
  }
  const code = childNamed(fault, 'Code');
  const reason = childNamed(fault, 'Reason');
  return {
    soapVersion,
    faultCode: textOf(code && childNamed(code, 'Value')) ?? '',
    faultString: textOf(reason && childNamed(reason, 'Text')) ?? '',
    faultActor: textOf(childNamed(fault, 'Role')),
    detail: textOf(childNamed(fault, 'Detail')),
  };
}

function deepText(node: XmlNode): string {
  return node.text + node.children.map(deepText).join('');
}
