import type { RawDefinition, RawMethod } from '../raw/raw-bindings.js';
import { fieldsOf, resolveElementType } from '../wsdl/resolve-types.js';
import { qnameKey, type ComplexTypeDecl, type ServiceModel } from '../wsdl/service-model.js';

/** `Definition.property` names that the schema makes mandatory (minOccurs >= 1). */
export type RequiredProperties = ReadonlySet<string>;

/**
 * wsdl-tsclient marks every property optional. This walks each operation's input and output from
 * the root element down, pairing wsdl-tsclient's definitions with the schema's types by position in
 * the tree (never by type name), and collects the properties whose element has minOccurs >= 1.
 */
export function findRequiredProperties(model: ServiceModel, methods: readonly RawMethod[]): RequiredProperties {
  const required = new Set<string>();
  const visited = new Set<string>();
  const visit = (definition: RawDefinition, type: ComplexTypeDecl): void => {
    if (visited.has(definition.name)) return;
    visited.add(definition.name);
    const fields = fieldsOf(model, type);
    for (const property of definition.properties) {
      const field = fields.find((candidate) => candidate.name === property.sourceName);
      if (field === undefined) continue;
      if (field.minOccurs >= 1) required.add(`${definition.name}.${property.name}`);
      if (property.kind === 'REFERENCE') {
        const resolved = resolveElementType(model, field);
        if (resolved.kind === 'complex') visit(property.ref, resolved.decl);
      }
    }
  };
  for (const method of methods) {
    const operation = model.operations.find((candidate) => candidate.name === method.name);
    if (operation === undefined) continue;
    for (const [definition, elementName] of [
      [method.paramDefinition, operation.input],
      [method.returnDefinition, operation.output],
    ] as const) {
      const element = model.elements.get(qnameKey(elementName));
      if (definition === null || element === undefined) continue;
      const resolved = resolveElementType(model, element);
      if (resolved.kind === 'complex') visit(definition, resolved.decl);
    }
  }
  return required;
}
