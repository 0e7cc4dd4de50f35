import type { AttributeXsdType } from '../catalogue/catalogue-types.js';
import { firstNonXmlCharacter } from './xml-text.js';

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const UNSIGNED_INT_MAX = 2 ** 32 - 1;

/** A value's lexical form for its XSD type, or why it cannot have one. Never quotes the value. */
export type Encoded = { readonly ok: true; readonly lexical: string } | { readonly ok: false; readonly reason: string };

export function encodeValue(value: unknown, xsdType: AttributeXsdType | string, maxLength?: number): Encoded {
  switch (xsdType) {
    case 'int':
    case 'unsignedInt': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return { ok: false, reason: `must be an integer (xsd:${xsdType}), got ${describe(value)}` };
      const [min, max] = xsdType === 'int' ? [INT_MIN, INT_MAX] : [0, UNSIGNED_INT_MAX];
      if (value < min || value > max) return { ok: false, reason: `must be between ${min} and ${max} (xsd:${xsdType})` };
      return { ok: true, lexical: String(value) };
    }
    case 'boolean':
      if (typeof value !== 'boolean') return { ok: false, reason: `must be a boolean, got ${describe(value)}` };
      return { ok: true, lexical: String(value) };
    case 'dateTime':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) return { ok: false, reason: `must be a valid Date, got ${describe(value)}` };
      return { ok: true, lexical: value.toISOString() };
    case 'hexBinary':
      if (typeof value !== 'string' || !/^(?:[0-9a-fA-F]{2})*$/.test(value)) return { ok: false, reason: 'must be hexadecimal text of even length (xsd:hexBinary)' };
      return { ok: true, lexical: value };
    default: {
      if (typeof value !== 'string') return { ok: false, reason: `must be a string, got ${describe(value)}` };
      const bad = firstNonXmlCharacter(value);
      if (bad !== -1) return { ok: false, reason: `contains a character XML 1.0 cannot carry (U+${value.codePointAt(bad)?.toString(16).toUpperCase().padStart(4, '0')} at index ${bad})` };
      if (maxLength !== undefined && [...value].length > maxLength) return { ok: false, reason: `must be at most ${maxLength} characters` };
      return { ok: true, lexical: value };
    }
  }
}

/** Names a value's kind without showing it: the value may be a secret. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'a non-integer number';
  return typeof value;
}
