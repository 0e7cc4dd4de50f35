import type { AttributeXsdType } from '../catalogue/catalogue-types.js';

/**
 * An attribute the catalogue does not know yet, for servers newer than the package:
 * sent as written. Its value is treated as a secret unless `secret: false` says otherwise.
 */
export interface ExtraAttribute {
  /** The wire name, e.g. `CREDFLD_SOMETHING_NEW`. */
  readonly id: string;
  readonly value: string | number | boolean;
  /** The xsi:type to send; default: string for strings, int for numbers, boolean for booleans. */
  readonly type?: AttributeXsdType;
  readonly secret?: boolean;
}
