import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import type { ServiceModel } from '../wsdl/service-model.js';
import { sortedByKey } from '../text-order.js';

/** How a WSDL that enumerates attribute IDs compares with the catalogue. */
export interface AttributeIdCheck {
  /** The enumerated simple type, as `{namespace}Name`. */
  readonly enumeration: string;
  /** IDs the WSDL lists and the catalogue does not type. */
  readonly unknownToCatalogue: readonly string[];
  /** IDs the catalogue types and the WSDL does not list. */
  readonly missingFromWsdl: readonly string[];
}

/** Finds an enumeration of CREDFLD_* values (a vendor WSDL may type attributeID so) and cross-checks it. */
export function checkAttributeIds(model: ServiceModel, catalogue: Catalogue): AttributeIdCheck | undefined {
  for (const [key, type] of sortedByKey(model.simpleTypes.entries())) {
    if (type.enumeration.length === 0 || !type.enumeration.every((value) => value.startsWith('CREDFLD_'))) continue;
    const listed = new Set(type.enumeration);
    const known = new Set(catalogue.attributes.flatMap((a) => [a.id, ...(a.aliases ?? [])]));
    return {
      enumeration: key,
      unknownToCatalogue: type.enumeration.filter((id) => !known.has(id)).sort(),
      missingFromWsdl: catalogue.attributes.filter((a) => !listed.has(a.id) && !(a.aliases ?? []).some((alias) => listed.has(alias))).map((a) => a.id).sort(),
    };
  }
  return undefined;
}
