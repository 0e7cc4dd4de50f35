import { attributeById } from '../catalogue/catalogue-index.js';
import { ProtocolError } from '../errors/protocol-error.js';
import type { OperationDescriptor } from '../operations/operation-descriptor.js';
import type { ResultCodes, ReturnedAttribute, ServerError } from '../results/command-result.js';
import { decodeValue, readInt } from './decode-value.js';
import { childNamed, childrenNamed, type XmlNode } from './xml-node.js';

/** What every command's response holds, read tolerantly. */
export interface ReadResult {
  readonly codes: ResultCodes;
  readonly errors: readonly ServerError[];
  readonly attributes: readonly ReturnedAttribute[];
  readonly userAttributes: readonly ReturnedAttribute[];
  /** A plain-element command's `result` children, by element name. */
  readonly result: Readonly<Record<string, string>> | undefined;
}

/**
 * Reads a response element: accepts `<command>Response` and `<command>Respond` besides the WSDL's
 * name, finds `results`/`status` with or without a `<command>Results` wrapper, takes children in any
 * order and any prefix, one or many `<attributes>`, self-closed empty sets.
 */
export function readCommandResult(operation: OperationDescriptor, element: XmlNode, status: number): ReadResult {
  const fail = (problem: string): never => {
    throw new ProtocolError(operation.name, problem, status);
  };
  const accepted = new Set([operation.responseElement, `${operation.name}Response`, `${operation.name}Respond`]);
  if (!accepted.has(element.name)) fail(`expected ${operation.responseElement}, got ${element.name}`);
  if (element.namespace !== operation.namespace) fail(`${element.name} is in namespace ${element.namespace || '(none)'}, expected ${operation.namespace}`);

  const container = findContainer(element, operation.resultContainer);
  if (container === undefined) return fail(`${element.name} has no ${operation.resultContainer}`);
  const holder = container.parent;
  const codesNode = childNamed(container.node, 'resultCodes');
  const codes = codesNode && readCodes(codesNode);
  if (codes === undefined) return fail(`${operation.resultContainer} has no complete resultCodes`);

  const errorStack = childNamed(container.node, 'errorStack');
  const errors = (errorStack ? childrenNamed(errorStack, 'errors') : []).map((entry) => ({
    code: readInt(childNamed(entry, 'errorCode')) ?? 0,
    description: childNamed(entry, 'errorDesc')?.text ?? '',
  }));
  const resultAttribute = childNamed(container.node, 'resultAttribute');
  const userList = childNamed(holder, 'userattributelist');
  const resultNode = childNamed(holder, 'result');
  return {
    codes,
    errors,
    attributes: resultAttribute ? readAttributes(resultAttribute) : [],
    userAttributes: userList ? readAttributes(userList) : [],
    result: resultNode ? Object.fromEntries(resultNode.children.map((child) => [child.name, child.text])) : undefined,
  };
}

function findContainer(element: XmlNode, name: string): { node: XmlNode; parent: XmlNode } | undefined {
  const direct = childNamed(element, name);
  if (direct) return { node: direct, parent: element };
  for (const wrapper of element.children) {
    const nested = childNamed(wrapper, name);
    if (nested) return { node: nested, parent: wrapper };
  }
  return undefined;
}

function readCodes(node: XmlNode): ResultCodes | undefined {
  const returnCode = readInt(childNamed(node, 'returnCode'));
  const statusCode = readInt(childNamed(node, 'statusCode'));
  const returnCodeEnum = childNamed(node, 'returnCodeEnum')?.text.trim();
  const statusCodeEnum = childNamed(node, 'statusCodeEnum')?.text.trim();
  if (returnCode === undefined || statusCode === undefined || !returnCodeEnum || !statusCodeEnum) return undefined;
  return { returnCodeEnum, returnCode, statusCodeEnum, statusCode };
}

function readAttributes(set: XmlNode): ReturnedAttribute[] {
  return childrenNamed(set, 'attributes').flatMap((node): ReturnedAttribute[] => {
    const id = childNamed(node, 'attributeID')?.text.trim();
    const valueNode = childNamed(node, 'value');
    if (!id) return [];
    const known = attributeById.get(id);
    const options = childNamed(node, 'attributeOptions');
    const masked = options ? childNamed(options, 'masked')?.text.trim() === 'true' : false;
    const value = valueNode ? decodeValue(valueNode, known?.xsdType) : '';
    return [{ id, name: known?.name, value, masked }];
  });
}
