import { operations } from '../../../generated/operations.js';
import type { OperationDescriptor } from '../../operations/operation-descriptor.js';
import { parseXml } from '../../response/parse-xml.js';
import { readEnvelope, SOAP12_ENVELOPE } from '../../response/soap-envelope.js';
import { childNamed, childrenNamed, type XmlNode } from '../../response/xml-node.js';
import type { AttributeRequest, ElementRequest } from './authentication-service.js';

export type SoapVersion = '1.1' | '1.2';

export type IncomingRequest = { readonly soapVersion: SoapVersion; readonly operation: OperationDescriptor } & (
  | { readonly shape: 'attributeSet'; readonly attributes: AttributeRequest }
  | { readonly shape: 'plainElement'; readonly elements: ElementRequest }
);

/** Why a request cannot be served: becomes a SOAP Client (1.1) or Sender (1.2) fault. */
export class BadRequest extends Error {
  constructor(message: string, readonly soapVersion: SoapVersion = '1.1') {
    super(message);
  }
}

/**
 * Reads any well-formed SOAP request for the Authentication operations, whoever wrote it: prefixes,
 * child order and layout free; attribute values with or without xsi:type.
 */
export function readIncomingRequest(body: string): IncomingRequest {
  let root: XmlNode;
  try {
    root = parseXml(body);
  } catch (error) {
    throw new BadRequest(`The request is not well-formed XML: ${(error as Error).message}`);
  }
  const soapVersion: SoapVersion = root.namespace === SOAP12_ENVELOPE ? '1.2' : '1.1';
  const content = readEnvelope(root);
  if (content.kind !== 'response') throw new BadRequest(content.kind === 'fault' ? 'A Fault is not a request' : content.problem, soapVersion);
  const element = content.element;
  const operation = Object.values(operations).find((op) => op.requestElement === element.name && op.namespace === element.namespace);
  if (operation === undefined) throw new BadRequest(`Unknown operation {${element.namespace}}${element.name}`, soapVersion);
  if (operation.shape === 'attributeSet') {
    const set = childNamed(element, 'credentialAttributeSet');
    if (set === undefined) throw new BadRequest(`${operation.name} has no credentialAttributeSet`, soapVersion);
    const attributes = new Map<string, string>();
    for (const attribute of childrenNamed(set, 'attributes')) {
      const id = childNamed(attribute, 'attributeID')?.text.trim();
      if (id) attributes.set(id, childNamed(attribute, 'value')?.text ?? '');
    }
    return { soapVersion, operation, shape: 'attributeSet', attributes };
  }
  return { soapVersion, operation, shape: 'plainElement', elements: toRecord(element) };
}

function toRecord(node: XmlNode): ElementRequest {
  const record: Record<string, string | ElementRequest> = {};
  for (const child of node.children) record[child.name] = child.children.length > 0 ? toRecord(child) : child.text;
  return record;
}
