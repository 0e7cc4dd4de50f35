import type { AttributeXsdType } from '../catalogue/catalogue-types.js';

/** One attribute of a credentialAttributeSet, validated and in its lexical form. */
export interface WireAttribute {
  readonly id: string;
  readonly lexical: string;
  readonly xsdType: AttributeXsdType;
  readonly secret: boolean;
}

/** One element of a plain-element request, validated, in schema order. */
export interface WireElement {
  readonly name: string;
  readonly value: string | readonly WireElement[];
  readonly secret: boolean;
}

/** A request body an engine writes, independent of how it writes it. */
export type WireBody =
  | { readonly shape: 'attributeSet'; readonly attributes: readonly WireAttribute[] }
  | { readonly shape: 'plainElement'; readonly elements: readonly WireElement[] };

/** The secret values a request carries, in its lexical form: what redaction looks for. */
export function secretValuesOf(body: WireBody): string[] {
  if (body.shape === 'attributeSet') return body.attributes.filter((a) => a.secret).map((a) => a.lexical);
  const values: string[] = [];
  const walk = (elements: readonly WireElement[], inherited: boolean): void => {
    for (const element of elements) {
      if (typeof element.value === 'string') {
        if (element.secret || inherited) values.push(element.value);
      } else {
        walk(element.value, element.secret || inherited);
      }
    }
  };
  walk(body.elements, false);
  return values;
}
