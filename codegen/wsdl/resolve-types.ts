import { XSD_NAMESPACE, qnameKey, type ComplexTypeDecl, type ElementDecl, type QName, type ServiceModel } from './service-model.js';

/** What an element's content is, once its type name is looked up. */
export type ResolvedType =
  | { readonly kind: 'complex'; readonly name: QName | undefined; readonly decl: ComplexTypeDecl }
  | { readonly kind: 'simple'; readonly name: QName; readonly builtin: string; readonly enumeration: readonly string[] };

/** Resolves an element (following ref) to its complex type, or to the built-in XSD type beneath its simple type. */
export function resolveElementType(model: ServiceModel, element: ElementDecl): ResolvedType {
  if (element.ref) {
    const target = model.elements.get(qnameKey(element.ref));
    if (target) return resolveElementType(model, target);
  }
  if (element.inlineType) return { kind: 'complex', name: undefined, decl: element.inlineType };
  const type = element.type ?? { namespace: XSD_NAMESPACE, local: 'anyType' };
  const complex = model.complexTypes.get(qnameKey(type));
  if (complex) return { kind: 'complex', name: type, decl: complex };
  return { kind: 'simple', name: type, ...builtinOf(model, type) };
}

function builtinOf(model: ServiceModel, type: QName): { builtin: string; enumeration: readonly string[] } {
  let current: QName | undefined = type;
  let enumeration: readonly string[] = [];
  for (let depth = 0; current && depth < 16; depth += 1) {
    if (current.namespace === XSD_NAMESPACE) return { builtin: current.local, enumeration };
    const simple = model.simpleTypes.get(qnameKey(current));
    if (!simple) break;
    if (enumeration.length === 0) enumeration = simple.enumeration;
    current = simple.base;
  }
  return { builtin: 'anyType', enumeration };
}

/** The child elements of a complex type, the base type's first for an extension. */
export function fieldsOf(model: ServiceModel, decl: ComplexTypeDecl): readonly ElementDecl[] {
  const base = decl.base ? model.complexTypes.get(qnameKey(decl.base)) : undefined;
  return base ? [...fieldsOf(model, base), ...decl.elements] : decl.elements;
}
