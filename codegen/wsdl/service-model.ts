/** What codegen knows about a WSDL: operations, global elements and named types, by qualified name. */

export interface QName {
  readonly namespace: string;
  readonly local: string;
}

/** Where a declaration stands, for error messages and the drift report. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

export type Occurs = number | 'unbounded';

export interface ElementDecl {
  readonly name: string;
  /** The named type, or undefined when the element declares its type inline. */
  readonly type: QName | undefined;
  readonly inlineType: ComplexTypeDecl | undefined;
  /** Set when the element is declared by reference to a global element. */
  readonly ref: QName | undefined;
  readonly minOccurs: number;
  readonly maxOccurs: Occurs;
  /** The xsd:annotation/xsd:documentation text, whitespace-normalised. */
  readonly documentation: string | undefined;
  readonly source: SourceRef;
}

export type Compositor = 'sequence' | 'all' | 'choice' | 'empty';

export interface ComplexTypeDecl {
  readonly compositor: Compositor;
  readonly elements: readonly ElementDecl[];
  /** True when the content model has an xsd:any wildcard. */
  readonly hasWildcard: boolean;
  /** The base type of a complexContent extension, whose elements come first. */
  readonly base: QName | undefined;
  readonly documentation: string | undefined;
  readonly source: SourceRef;
}

export interface SimpleTypeDecl {
  readonly base: QName | undefined;
  readonly enumeration: readonly string[];
  readonly documentation: string | undefined;
  readonly source: SourceRef;
}

export interface OperationDecl {
  readonly name: string;
  readonly input: QName;
  readonly output: QName;
  readonly soapAction: string | undefined;
  /** The portType operation's wsdl:documentation. */
  readonly documentation: string | undefined;
}

export interface ServiceModel {
  readonly targetNamespace: string;
  readonly operations: readonly OperationDecl[];
  readonly elements: ReadonlyMap<string, ElementDecl>;
  readonly complexTypes: ReadonlyMap<string, ComplexTypeDecl>;
  readonly simpleTypes: ReadonlyMap<string, SimpleTypeDecl>;
  readonly address: string | undefined;
  /** Every file read, relative to the folder of the root WSDL, in reading order. */
  readonly files: readonly string[];
}

export const XSD_NAMESPACE = 'http://www.w3.org/2001/XMLSchema';

/** The map key of a qualified name: `{namespace}local`, as in Clark notation. */
export function qnameKey(name: QName): string {
  return `{${name.namespace}}${name.local}`;
}
