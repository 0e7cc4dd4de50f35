/** What the facade needs to know of one operation, generated from the WSDL and the catalogue. */

/** One element of a request or result, in schema order. */
export interface FieldDescriptor {
  readonly name: string;
  /** The built-in XSD type of a simple element (`string`, `int`, `hexBinary`...); undefined for a complex one. */
  readonly xsdType?: string;
  readonly minOccurs: number;
  readonly maxOccurs: number | 'unbounded';
  readonly children: readonly FieldDescriptor[];
}

export interface OperationDescriptor {
  readonly name: string;
  /** Namespace of the request and response elements. */
  readonly namespace: string;
  readonly requestElement: string;
  /** The response element the WSDL names; readers also accept `...Response` / `...Respond`. */
  readonly responseElement: string;
  readonly soapAction?: string;
  /** attributeSet: a credentialAttributeSet in, CredentialResults out; plainElement: named elements in, status out. */
  readonly shape: 'attributeSet' | 'plainElement';
  /** Whether the catalogue describes this command (false for operations of a newer WSDL). */
  readonly catalogued: boolean;
  /** The element that holds result codes and the error stack. */
  readonly resultContainer: 'results' | 'status';
  /** A wrapper between the response element and the container, as authUser's `authUserResults`. */
  readonly resultWrapper?: string;
  readonly requestFields: readonly FieldDescriptor[];
  /** Children of a plain-element command's `result`, if it has one. */
  readonly resultFields: readonly FieldDescriptor[];
  readonly deprecated?: string;
}
