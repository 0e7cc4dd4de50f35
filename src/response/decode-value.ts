import type { AttributeXsdType } from '../catalogue/catalogue-types.js';
import type { XmlNode } from './xml-node.js';

const XSD_NAMESPACE = 'http://www.w3.org/2001/XMLSchema';
const NUMERIC = new Set(['int', 'unsignedInt', 'long', 'unsignedLong', 'short', 'unsignedShort', 'byte', 'unsignedByte', 'integer', 'decimal', 'double', 'float']);

/**
 * Decodes a value by its xsi:type (the catalogue's type when it has none), then converts it to the
 * catalogue's type where that loses nothing, so typed outputs hold what their types say.
 */
export function decodeValue(node: XmlNode, catalogueType: AttributeXsdType | undefined): string | number | boolean {
  const wireType = node.xsiType?.namespace === XSD_NAMESPACE ? node.xsiType.local : undefined;
  const decoded = decodeLexical(node.text, wireType ?? catalogueType ?? 'string');
  if (catalogueType === undefined) return decoded;
  return convert(decoded, catalogueType);
}

function decodeLexical(text: string, type: string): string | number | boolean {
  if (NUMERIC.has(type)) {
    const trimmed = text.trim();
    const number = Number(trimmed);
    return trimmed !== '' && Number.isFinite(number) ? number : text;
  }
  if (type === 'boolean') {
    const trimmed = text.trim();
    if (trimmed === 'true' || trimmed === '1') return true;
    if (trimmed === 'false' || trimmed === '0') return false;
  }
  return text;
}

function convert(value: string | number | boolean, type: AttributeXsdType): string | number | boolean {
  if (type === 'string') return typeof value === 'string' ? value : String(value);
  if ((type === 'int' || type === 'unsignedInt') && typeof value === 'string') return decodeLexical(value, type);
  if (type === 'boolean' && typeof value === 'string') return decodeLexical(value, type);
  return value;
}

/** An int element's value, or undefined when it is missing or not an integer. */
export function readInt(node: XmlNode | undefined): number | undefined {
  if (node === undefined) return undefined;
  const trimmed = node.text.trim();
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}
