import { dirname, join, relative, resolve } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { loadXml } from './load-xml.js';
import {
  XSD_NAMESPACE,
  qnameKey,
  type ComplexTypeDecl,
  type Compositor,
  type ElementDecl,
  type Occurs,
  type OperationDecl,
  type QName,
  type ServiceModel,
  type SimpleTypeDecl,

} from './service-model.js';
import { compareText } from '../text-order.js';
import { WsdlSourceError } from './wsdl-source-error.js';

const WSDL_NAMESPACE = 'http://schemas.xmlsoap.org/wsdl/';
const SOAP11_BINDING_NAMESPACE = 'http://schemas.xmlsoap.org/wsdl/soap/';
const SOAP12_BINDING_NAMESPACE = 'http://schemas.xmlsoap.org/wsdl/soap12/';

/**
 * Reads a WSDL 1.1 document and every file it imports or includes, by relative location only:
 * codegen never touches the network.
 */
export function readService(wsdlPath: string): ServiceModel {
  return new ServiceReader(resolve(wsdlPath)).read();
}

interface Message {
  readonly element: QName;
}

class ServiceReader {
  private readonly rootFolder: string;
  private readonly files: string[] = [];
  private readonly elements = new Map<string, ElementDecl>();
  private readonly complexTypes = new Map<string, ComplexTypeDecl>();
  private readonly simpleTypes = new Map<string, SimpleTypeDecl>();
  private readonly messages = new Map<string, Message>();
  private readonly portTypeOperations = new Map<string, { input: QName; output: QName; documentation: string | undefined }[]>();
  private readonly operationNames = new Map<string, string[]>();
  private readonly soapActions = new Map<string, string>();
  private targetNamespace: string | undefined;
  private address: string | undefined;
  private readonly readFiles = new Set<string>();

  constructor(private readonly rootPath: string) {
    this.rootFolder = dirname(rootPath);
  }

  read(): ServiceModel {
    this.readWsdlFile(this.rootPath);
    const operations: OperationDecl[] = [];
    for (const [portTypeKey, names] of this.operationNames) {
      const ios = this.portTypeOperations.get(portTypeKey) ?? [];
      names.forEach((name, index) => {
        const io = ios[index];
        if (io === undefined) return;
        operations.push({ name, input: io.input, output: io.output, soapAction: this.soapActions.get(name), documentation: io.documentation });
      });
    }
    operations.sort((a, b) => compareText(a.name, b.name));
    return {
      targetNamespace: this.targetNamespace ?? '',
      operations,
      elements: this.elements,
      complexTypes: this.complexTypes,
      simpleTypes: this.simpleTypes,
      address: this.address,
      files: this.files,
    };
  }

  private display(path: string): string {
    return relative(this.rootFolder, path).split('\\').join('/') || path;
  }

  private markRead(path: string): boolean {
    if (this.readFiles.has(path)) return false;
    this.readFiles.add(path);
    this.files.push(this.display(path));
    return true;
  }

  private readWsdlFile(path: string): void {
    if (!this.markRead(path)) return;
    const file = this.display(path);
    const root = loadXml(path, file).documentElement;
    if (root === null || root.namespaceURI !== WSDL_NAMESPACE || root.localName !== 'definitions') {
      throw new WsdlSourceError(file, lineOf(root), `not a WSDL 1.1 document: the root element is ${describe(root)}, expected wsdl:definitions`);
    }
    const tns = root.getAttribute('targetNamespace') ?? '';
    this.targetNamespace ??= tns;
    for (const child of childElements(root)) {
      if (child.namespaceURI !== WSDL_NAMESPACE) continue;
      switch (child.localName) {
        case 'import':
          this.readWsdlFile(this.locate(path, child, 'location'));
          break;
        case 'types':
          for (const schema of childElements(child)) {
            if (schema.namespaceURI === XSD_NAMESPACE && schema.localName === 'schema') this.readSchema(schema, path, undefined);
          }
          break;
        case 'message':
          this.readMessage(child, tns, file);
          break;
        case 'portType':
          this.readPortType(child, tns, file);
          break;
        case 'binding':
          this.readBinding(child);
          break;
        case 'service':
          this.readService(child);
          break;
        default:
          break;
      }
    }
  }

  private locate(fromPath: string, node: Element, attribute: string): string {
    const location = node.getAttribute(attribute);
    const file = this.display(fromPath);
    if (location === null || location === '') {
      throw new WsdlSourceError(file, lineOf(node), `${node.tagName} has no ${attribute}`);
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(location) && !/^[a-z]:[\\/]/i.test(location)) {
      throw new WsdlSourceError(file, lineOf(node), `${node.tagName} points at ${location}: only relative file locations are followed, codegen never fetches from the network`);
    }
    return join(dirname(fromPath), location);
  }

  private readSchemaFile(path: string, chameleonNamespace: string | undefined): void {
    if (!this.markRead(path)) return;
    const file = this.display(path);
    const root = loadXml(path, file).documentElement;
    if (root === null || root.namespaceURI !== XSD_NAMESPACE || root.localName !== 'schema') {
      throw new WsdlSourceError(file, lineOf(root), `not an XML Schema document: the root element is ${describe(root)}, expected xsd:schema`);
    }
    this.readSchema(root, path, chameleonNamespace);
  }

  private readSchema(schema: Element, path: string, chameleonNamespace: string | undefined): void {
    const file = this.display(path);
    const tns = schema.getAttribute('targetNamespace') ?? chameleonNamespace ?? '';
    for (const child of childElements(schema)) {
      if (child.namespaceURI !== XSD_NAMESPACE) continue;
      const name = child.getAttribute('name') ?? '';
      switch (child.localName) {
        case 'import':
          if (child.hasAttribute('schemaLocation')) this.readSchemaFile(this.locate(path, child, 'schemaLocation'), undefined);
          break;
        case 'include':
          this.readSchemaFile(this.locate(path, child, 'schemaLocation'), tns);
          break;
        case 'element':
          this.elements.set(qnameKey({ namespace: tns, local: name }), this.readElement(child, file, true));
          break;
        case 'complexType':
          this.complexTypes.set(qnameKey({ namespace: tns, local: name }), this.readComplexType(child, file));
          break;
        case 'simpleType':
          this.simpleTypes.set(qnameKey({ namespace: tns, local: name }), this.readSimpleType(child, file));
          break;
        default:
          break;
      }
    }
  }

  private readElement(node: Element, file: string, global: boolean): ElementDecl {
    const source = { file, line: lineOf(node) ?? 0 };
    const ref = node.getAttribute('ref');
    const referenced = ref ? resolveQName(node, ref, file) : undefined;
    const typeName = node.getAttribute('type');
    const inline = childElements(node).find((c) => c.namespaceURI === XSD_NAMESPACE && c.localName === 'complexType');
    const simpleInline = childElements(node).find((c) => c.namespaceURI === XSD_NAMESPACE && c.localName === 'simpleType');
    const name = referenced?.local ?? node.getAttribute('name') ?? '';
    if (name === '') throw new WsdlSourceError(file, source.line, 'an xsd:element has neither name nor ref');
    let type: QName | undefined;
    if (typeName) type = resolveQName(node, typeName, file);
    else if (simpleInline) type = this.readSimpleType(simpleInline, file).base;
    else if (!inline && !referenced) type = { namespace: XSD_NAMESPACE, local: 'anyType' };
    return {
      name,
      type,
      ref: referenced,
      inlineType: inline ? this.readComplexType(inline, file) : undefined,
      minOccurs: global ? 1 : Number(node.getAttribute('minOccurs') || '1'),
      maxOccurs: global ? 1 : readMaxOccurs(node.getAttribute('maxOccurs')),
      documentation: documentationOf(node, XSD_NAMESPACE),
      source,
    };
  }

  private readComplexType(node: Element, file: string): ComplexTypeDecl {
    const source = { file, line: lineOf(node) ?? 0 };
    let base: QName | undefined;
    let content: Element | undefined = node;
    const complexContent = childElements(node).find((c) => c.localName === 'complexContent' && c.namespaceURI === XSD_NAMESPACE);
    if (complexContent) {
      const derivation = childElements(complexContent).find((c) => c.localName === 'extension' || c.localName === 'restriction');
      const baseName = derivation?.getAttribute('base');
      if (derivation?.localName === 'extension' && baseName) base = resolveQName(derivation, baseName, file);
      content = derivation;
    }
    const elements: ElementDecl[] = [];
    let compositor: Compositor = 'empty';
    let hasWildcard = false;
    const walk = (group: Element, optional: boolean): void => {
      for (const child of childElements(group)) {
        if (child.namespaceURI !== XSD_NAMESPACE) continue;
        if (child.localName === 'element') {
          const element = this.readElement(child, file, false);
          elements.push(optional ? { ...element, minOccurs: 0 } : element);
        } else if (child.localName === 'any') {
          hasWildcard = true;
        } else if (['sequence', 'all', 'choice'].includes(child.localName ?? '')) {
          const groupOptional = optional || child.localName === 'choice' || child.getAttribute('minOccurs') === '0';
          walk(child, groupOptional);
        }
      }
    };
    for (const child of content ? childElements(content) : []) {
      if (child.namespaceURI === XSD_NAMESPACE && ['sequence', 'all', 'choice'].includes(child.localName ?? '')) {
        compositor = child.localName as Compositor;
        walk(child, child.localName === 'choice' || child.getAttribute('minOccurs') === '0');
      }
    }
    return { compositor, elements, hasWildcard, base, documentation: documentationOf(node, XSD_NAMESPACE), source };
  }

  private readSimpleType(node: Element, file: string): SimpleTypeDecl {
    const restriction = childElements(node).find((c) => c.localName === 'restriction' && c.namespaceURI === XSD_NAMESPACE);
    const baseName = restriction?.getAttribute('base');
    const enumeration = restriction
      ? childElements(restriction)
          .filter((c) => c.localName === 'enumeration' && c.namespaceURI === XSD_NAMESPACE)
          .map((c) => c.getAttribute('value') ?? '')
      : [];
    return {
      base: restriction && baseName ? resolveQName(restriction, baseName, file) : undefined,
      enumeration,
      documentation: documentationOf(node, XSD_NAMESPACE),
      source: { file, line: lineOf(node) ?? 0 },
    };
  }

  private readMessage(node: Element, tns: string, file: string): void {
    const name = node.getAttribute('name') ?? '';
    const part = childElements(node).find((c) => c.localName === 'part' && c.namespaceURI === WSDL_NAMESPACE);
    const element = part?.getAttribute('element');
    if (!part || !element) {
      throw new WsdlSourceError(file, lineOf(node), `message ${name} has no part with an element: only document/literal bindings are supported`);
    }
    this.messages.set(qnameKey({ namespace: tns, local: name }), { element: resolveQName(part, element, file) });
  }

  private readPortType(node: Element, tns: string, file: string): void {
    const key = qnameKey({ namespace: tns, local: node.getAttribute('name') ?? '' });
    const names: string[] = [];
    const ios: { input: QName; output: QName; documentation: string | undefined }[] = [];
    for (const operation of childElements(node)) {
      if (operation.localName !== 'operation' || operation.namespaceURI !== WSDL_NAMESPACE) continue;
      const name = operation.getAttribute('name') ?? '';
      const messageOf = (direction: 'input' | 'output'): QName => {
        const io = childElements(operation).find((c) => c.localName === direction && c.namespaceURI === WSDL_NAMESPACE);
        const messageName = io?.getAttribute('message');
        if (!io || !messageName) throw new WsdlSourceError(file, lineOf(operation), `operation ${name} has no ${direction} message`);
        const message = this.messages.get(qnameKey(resolveQName(io, messageName, file)));
        if (!message) throw new WsdlSourceError(file, lineOf(io), `operation ${name}: message ${messageName} is not declared`);
        return message.element;
      };
      names.push(name);
      ios.push({ input: messageOf('input'), output: messageOf('output'), documentation: documentationOf(operation, WSDL_NAMESPACE) });
    }
    this.operationNames.set(key, names);
    this.portTypeOperations.set(key, ios);
  }

  private readBinding(node: Element): void {
    for (const operation of childElements(node)) {
      if (operation.localName !== 'operation') continue;
      const soapOperation = childElements(operation).find(
        (c) => c.localName === 'operation' && (c.namespaceURI === SOAP11_BINDING_NAMESPACE || c.namespaceURI === SOAP12_BINDING_NAMESPACE),
      );
      const action = soapOperation?.getAttribute('soapAction');
      if (action !== null && action !== undefined) this.soapActions.set(operation.getAttribute('name') ?? '', action);
    }
  }

  private readService(node: Element): void {
    for (const port of childElements(node)) {
      for (const address of childElements(port)) {
        if (address.localName === 'address' && this.address === undefined) this.address = address.getAttribute('location') ?? undefined;
      }
    }
  }
}

function childElements(node: Element): Element[] {
  const children: Element[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) children.push(child as Element);
  }
  return children;
}

/** xsd:annotation/xsd:documentation (or wsdl:documentation) text of a declaration, whitespace-normalised. */
function documentationOf(node: Element, namespace: string): string | undefined {
  const holders = namespace === XSD_NAMESPACE ? childElements(node).filter((c) => c.localName === 'annotation' && c.namespaceURI === XSD_NAMESPACE) : [node];
  const texts = holders
    .flatMap((holder) => childElements(holder).filter((c) => c.localName === 'documentation' && c.namespaceURI === namespace))
    .map((doc) => (doc.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
  return texts.length > 0 ? texts.join(' ') : undefined;
}

function resolveQName(node: Element, value: string, file: string): QName {
  const colon = value.indexOf(':');
  const prefix = colon === -1 ? null : value.slice(0, colon);
  const local = colon === -1 ? value : value.slice(colon + 1);
  const namespace = node.lookupNamespaceURI(prefix);
  if (namespace === null) {
    if (prefix === null) return { namespace: '', local };
    throw new WsdlSourceError(file, lineOf(node), `the prefix ${prefix} in "${value}" is not declared`);
  }
  return { namespace, local };
}

function readMaxOccurs(value: string | null): Occurs {
  if (value === null || value === '') return 1;
  return value === 'unbounded' ? 'unbounded' : Number(value);
}

function lineOf(node: Element | null): number | undefined {
  return node?.lineNumber ?? undefined;
}

function describe(node: Element | null): string {
  return node === null ? 'missing' : `{${node.namespaceURI ?? ''}}${node.localName ?? node.tagName}`;
}


