/** The shape of wsdl/catalogue.json: the typing of CREDFLD attributes that the WSDL leaves as xsd:anyType. */

/** XSD types an attribute value is sent and read as (its `xsi:type`). */
export type AttributeXsdType = 'string' | 'int' | 'unsignedInt' | 'boolean' | 'dateTime';

export interface CatalogueAttribute {
  /** The wire name, as the vendor's docs write it: `CREDFLD_USERID`. */
  readonly id: string;
  /** The TypeScript property name: `userId`. */
  readonly name: string;
  readonly xsdType: AttributeXsdType;
  /** doc (documented type), wire (seen in traffic) or assumed (string until a WSDL or doc says otherwise). */
  readonly typeSource: readonly string[];
  /** Never logged, never in an error. */
  readonly secret: boolean;
  readonly maxLength?: number;
  /** Other wire names the same attribute is known by. */
  readonly aliases?: readonly string[];
  readonly note?: string;
}

export type CatalogueRule =
  | { readonly kind: 'exactlyOne'; readonly attributes: readonly string[] }
  | { readonly kind: 'mutuallyExclusive'; readonly attributes: readonly string[] }
  | { readonly kind: 'requires'; readonly attributes: readonly string[]; readonly requires: readonly string[] };

export interface AttributeSetCommand {
  readonly shape: 'attributeSet';
  readonly source: string;
  readonly deprecated?: string;
  readonly input: { readonly mandatory: readonly string[]; readonly optional: readonly string[] };
  readonly output: { readonly always: readonly string[]; readonly ifDefined: readonly string[] };
  readonly rules: readonly CatalogueRule[];
  /** authUser can also return a userattributelist. */
  readonly userAttributes?: boolean;
}

export interface PlainElementCommand {
  readonly shape: 'plainElement';
  readonly source: string;
  readonly deprecated?: string;
  /** Dotted element paths under the request element whose values are secrets. */
  readonly secretElements: readonly string[];
}

export type CatalogueCommand = AttributeSetCommand | PlainElementCommand;

export interface Catalogue {
  readonly description: string;
  readonly serverVersion: string;
  readonly attributes: readonly CatalogueAttribute[];
  readonly commands: Readonly<Record<string, CatalogueCommand>>;
}
