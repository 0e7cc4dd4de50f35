import { DOMParser, type Element } from '@xmldom/xmldom';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** An element by namespace and local name: prefixes, namespace declarations and layout whitespace dropped. */
export interface CanonicalElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly CanonicalElement[];
}

/**
 * Canonical form for comparing XML: names as `{namespace}local`, QName-valued xsi:type resolved the
 * same way, comments and whitespace-only text dropped, element order kept.
 */
export function canonicalXml(xml: string): CanonicalElement {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (root === null) throw new Error('no root element');
  return canonical(root);
}

/** The canonical form of the SOAP Body's first element. */
export function canonicalBody(xml: string): CanonicalElement {
  const envelope = canonicalXml(xml);
  const body = envelope.children.find((child) => child.name.endsWith('}Body'));
  const first = body?.children[0];
  if (first === undefined) throw new Error('no SOAP Body content');
  return first;
}

function canonical(element: Element): CanonicalElement {
  const attributes: Record<string, string> = {};
  for (let index = 0; index < element.attributes.length; index += 1) {
    const attribute = element.attributes.item(index);
    if (attribute === null || attribute.namespaceURI === XMLNS || attribute.name === 'xmlns') continue;
    const name = `{${attribute.namespaceURI ?? ''}}${attribute.localName}`;
    let value = attribute.value;
    if (attribute.namespaceURI === XSI && attribute.localName === 'type') {
      const colon = value.indexOf(':');
      const prefix = colon === -1 ? null : value.slice(0, colon);
      const namespace = element.lookupNamespaceURI(prefix);
      if (namespace === null) throw new Error(`xsi:type "${value}" uses an undeclared prefix`);
      value = `{${namespace}}${colon === -1 ? value : value.slice(colon + 1)}`;
    }
    attributes[name] = value;
  }
  const children: CanonicalElement[] = [];
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) children.push(canonical(child as Element));
    else if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) text += child.nodeValue ?? '';
  }
  return { name: `{${element.namespaceURI ?? ''}}${element.localName}`, attributes, text: children.length > 0 ? text.trim() : text, children };
}
