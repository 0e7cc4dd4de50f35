import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import type { AttributeIdCheck } from '../catalogue/attribute-id-check.js';
import type { OperationDescriptor } from '../../src/operations/operation-descriptor.js';
import { type ComplexTypeDecl, type ElementDecl, type QName, type ServiceModel } from '../wsdl/service-model.js';
import { sortedByKey } from '../text-order.js';

/** The readable dump of a WSDL and its catalogue: what a reviewer diffs when the server version changes. */
export interface ApiDump {
  readonly wsdl: { readonly files: readonly string[]; readonly targetNamespace: string; readonly address: string | undefined };
  readonly operations: Record<string, { request: string; response: string; shape: string; soapAction: string | undefined; deprecated?: string; doc?: string }>;
  readonly elements: Record<string, DumpType>;
  readonly types: Record<string, DumpType>;
  readonly enumerations: Record<string, readonly string[]>;
  readonly catalogue: Catalogue;
  /** Present when the WSDL enumerates attribute IDs: how they compare with the catalogue. */
  readonly attributeIds?: AttributeIdCheck;
}

export interface DumpType {
  readonly compositor: string;
  readonly base?: string;
  readonly wildcard?: true;
  readonly doc?: string;
  readonly fields: readonly DumpField[];
}

export interface DumpField {
  readonly name: string;
  readonly type: string;
  readonly occurs: string;
  readonly doc?: string;
}

/** Builds the dump with short, stable names: `BasicTypes:ResultCodes` for `{...BasicTypes.xsd}ResultCodes`. */
export function buildApiDump(model: ServiceModel, descriptors: readonly OperationDescriptor[], catalogue: Catalogue, attributeIds?: AttributeIdCheck): ApiDump {
  const name = (qname: QName): string => `${shortNamespace(qname.namespace)}:${qname.local}`;
  const elements: Record<string, DumpType> = {};
  const types: Record<string, DumpType> = {};
  const enumerations: Record<string, readonly string[]> = {};
  for (const [key, element] of sortedByKey(model.elements.entries())) {
    elements[name(parseKey(key))] = element.inlineType ? dumpType(element.inlineType, name) : { compositor: 'simple', fields: [field(element, name)] };
  }
  for (const [key, type] of sortedByKey(model.complexTypes.entries())) types[name(parseKey(key))] = dumpType(type, name);
  for (const [key, type] of sortedByKey(model.simpleTypes.entries())) {
    types[name(parseKey(key))] = { compositor: 'simple', ...(type.base ? { base: name(type.base) } : {}), ...(type.documentation ? { doc: type.documentation } : {}), fields: [] };
    if (type.enumeration.length > 0) enumerations[name(parseKey(key))] = type.enumeration;
  }
  const operations: ApiDump['operations'] = {};
  for (const descriptor of descriptors) {
    const documentation = model.operations.find((operation) => operation.name === descriptor.name)?.documentation;
    operations[descriptor.name] = {
      request: descriptor.requestElement,
      response: descriptor.responseElement,
      shape: descriptor.shape,
      soapAction: descriptor.soapAction,
      ...(descriptor.deprecated ? { deprecated: descriptor.deprecated } : {}),
      ...(documentation ? { doc: documentation } : {}),
    };
  }
  return {
    wsdl: { files: model.files, targetNamespace: model.targetNamespace, address: model.address },
    operations,
    elements,
    types: Object.fromEntries(sortedByKey(Object.entries(types))),
    enumerations,
    catalogue,
    ...(attributeIds ? { attributeIds: { ...attributeIds, enumeration: name(parseKey(attributeIds.enumeration)) } } : {}),
  };
}

function dumpType(type: ComplexTypeDecl, name: (qname: QName) => string): DumpType {
  return {
    compositor: type.compositor,
    ...(type.base ? { base: name(type.base) } : {}),
    ...(type.hasWildcard ? { wildcard: true as const } : {}),
    ...(type.documentation ? { doc: type.documentation } : {}),
    fields: type.elements.map((element) => field(element, name)),
  };
}

function field(element: ElementDecl, name: (qname: QName) => string): DumpField {
  const type = element.ref ? `ref ${name(element.ref)}` : element.type ? name(element.type) : element.inlineType ? '(inline)' : 'xsd:anyType';
  return {
    name: element.name,
    type,
    occurs: `${element.minOccurs}..${element.maxOccurs === 'unbounded' ? 'n' : element.maxOccurs}`,
    ...(element.documentation ? { doc: element.documentation } : {}),
  };
}

/** `http://www.w3.org/2001/XMLSchema` → `xsd`; otherwise the last path segment without `.xsd`. */
export function shortNamespace(namespace: string): string {
  if (namespace === 'http://www.w3.org/2001/XMLSchema') return 'xsd';
  const last = namespace.split('/').filter(Boolean).pop() ?? namespace;
  return last.replace(/\.xsd$/, '');
}

function parseKey(key: string): QName {
  const close = key.indexOf('}');
  return { namespace: key.slice(1, close), local: key.slice(close + 1) };
}
