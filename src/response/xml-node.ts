/** A namespace-resolved XML element, as every engine hands a response to the facade. */
export interface XmlNode {
  readonly namespace: string;
  /** The local name, without prefix. */
  readonly name: string;
  /** The resolved `xsi:type`, if the element has one. */
  readonly xsiType: { readonly namespace: string; readonly local: string } | undefined;
  /** The element's own text (concatenated text and CDATA children). */
  readonly text: string;
  readonly children: readonly XmlNode[];
}

/** The first child with this local name, whatever its namespace or prefix. */
export function childNamed(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((child) => child.name === name);
}

/** Every child with this local name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((child) => child.name === name);
}
