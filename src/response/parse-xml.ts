import { DOMParser, type Element } from '@xmldom/xmldom';
import type { XmlNode } from './xml-node.js';

const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** Why a body is not usable XML; carries no part of the body. */
export class XmlSyntaxProblem extends Error {}

/**
 * Parses XML into namespace-resolved nodes. Refuses a DOCTYPE (SOAP forbids it; it is how entity
 * expansion attacks start) and anything not well-formed.
 */
export function parseXml(text: string): XmlNode {
  if (/<!DOCTYPE/i.test(text)) throw new XmlSyntaxProblem('a DOCTYPE is not allowed in a SOAP message');
  let problem: string | undefined;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning') return;
      problem ??= message;
      throw new XmlSyntaxProblem(message);
    },
  });
  let root: Element | null;
  try {
    root = parser.parseFromString(text, 'text/xml').documentElement;
  } catch {
    throw new XmlSyntaxProblem(`not well-formed XML${problem ? `: ${problem}` : ''}`);
  }
  if (root === null) throw new XmlSyntaxProblem('no root element');
  return toNode(root);
}

function toNode(element: Element): XmlNode {
  const children: XmlNode[] = [];
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) children.push(toNode(child as Element));
    else if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) text += child.nodeValue ?? '';
  }
  const typeValue = element.getAttributeNS(XSI_NAMESPACE, 'type');
  let xsiType: XmlNode['xsiType'];
  if (typeValue) {
    const colon = typeValue.indexOf(':');
    const prefix = colon === -1 ? null : typeValue.slice(0, colon);
    xsiType = { namespace: element.lookupNamespaceURI(prefix) ?? '', local: colon === -1 ? typeValue : typeValue.slice(colon + 1) };
  }
  return { namespace: element.namespaceURI ?? '', name: element.localName ?? element.nodeName, xsiType, text, children };
}
