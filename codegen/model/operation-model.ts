import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import type { FieldDescriptor, OperationDescriptor } from '../../src/operations/operation-descriptor.js';
import { fieldsOf, resolveElementType } from '../wsdl/resolve-types.js';
import { qnameKey, type ElementDecl, type ServiceModel } from '../wsdl/service-model.js';
import { WsdlSourceError } from '../wsdl/wsdl-source-error.js';

const MAX_DEPTH = 12;

/** Builds one descriptor per WSDL operation, taking shape and deprecation from the catalogue where it knows the command. */
export function describeOperations(model: ServiceModel, catalogue: Catalogue): OperationDescriptor[] {
  return model.operations.map((operation) => {
    const request = requireElement(model, operation.input.namespace, operation.input.local, operation.name);
    const response = requireElement(model, operation.output.namespace, operation.output.local, operation.name);
    const requestFields = fieldTree(model, request);
    const responseFields = fieldTree(model, response);
    const command = catalogue.commands[operation.name];
    const looksLikeAttributeSet = requestFields.length === 1 && requestFields[0]?.name === 'credentialAttributeSet';
    const shape = command?.shape ?? (looksLikeAttributeSet ? 'attributeSet' : 'plainElement');
    const container = findContainer(responseFields);
    return {
      name: operation.name,
      namespace: operation.input.namespace,
      requestElement: operation.input.local,
      responseElement: operation.output.local,
      soapAction: operation.soapAction,
      shape,
      catalogued: command !== undefined,
      resultContainer: container.name,
      resultWrapper: container.wrapper,
      requestFields,
      resultFields: responseFields.find((field) => field.name === 'result')?.children ?? [],
      deprecated: command?.deprecated,
    };
  });
}

function requireElement(model: ServiceModel, namespace: string, local: string, operation: string): ElementDecl {
  const element = model.elements.get(qnameKey({ namespace, local }));
  if (element === undefined) {
    throw new WsdlSourceError(model.files[0] ?? 'wsdl', undefined, `operation ${operation} uses element {${namespace}}${local}, which no schema declares`);
  }
  return element;
}

/** The children of an element as a tree of descriptors, in schema order. */
export function fieldTree(model: ServiceModel, element: ElementDecl, depth = 0): FieldDescriptor[] {
  const resolved = resolveElementType(model, element);
  if (resolved.kind === 'simple' || depth > MAX_DEPTH) return [];
  return fieldsOf(model, resolved.decl).map((field) => {
    const type = resolveElementType(model, field);
    return {
      name: field.name,
      xsdType: type.kind === 'simple' ? type.builtin : undefined,
      minOccurs: field.minOccurs,
      maxOccurs: field.maxOccurs,
      children: type.kind === 'complex' ? fieldTree(model, field, depth + 1) : [],
    };
  });
}

function findContainer(responseFields: readonly FieldDescriptor[]): { name: 'results' | 'status'; wrapper: string | undefined } {
  for (const name of ['results', 'status'] as const) {
    if (responseFields.some((field) => field.name === name)) return { name, wrapper: undefined };
  }
  for (const field of responseFields) {
    for (const name of ['results', 'status'] as const) {
      if (field.children.some((child) => child.name === name)) return { name, wrapper: field.name };
    }
  }
  return { name: 'status', wrapper: undefined };
}
