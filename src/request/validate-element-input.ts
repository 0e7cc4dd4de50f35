import { ValidationError } from '../errors/validation-error.js';
import type { FieldDescriptor } from '../operations/operation-descriptor.js';
import { encodeValue } from './encode-value.js';
import type { WireElement } from './wire-request.js';

/**
 * Checks a plain-element command's input against the request's schema fields (known names,
 * mandatory ones present, text a string XML 1.0 can carry) and returns the elements in schema order.
 * `secretPaths` are dotted paths whose values are secrets; `displayNames` maps a path to the
 * name the caller used, for error messages.
 */
export function validateElementInput(
  commandName: string,
  fields: readonly FieldDescriptor[],
  input: unknown,
  secretPaths: readonly string[],
  displayNames: Readonly<Record<string, string>> = {},
): WireElement[] {
  const fail = (path: string, reason: string): never => {
    throw new ValidationError(commandName, displayNames[path] ?? path, reason);
  };
  const walk = (level: readonly FieldDescriptor[], value: unknown, prefix: string): WireElement[] => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(prefix || 'input', 'must be an object');
    const known = new Set(level.map((field) => field.name));
    for (const key of Object.keys(value)) {
      if (!known.has(key) && (value as Record<string, unknown>)[key] !== undefined) fail(`${prefix}${key}`, `is not an element of ${commandName}`);
    }
    const elements: WireElement[] = [];
    for (const field of level) {
      const path = `${prefix}${field.name}`;
      const fieldValue = (value as Record<string, unknown>)[field.name];
      if (fieldValue === undefined) {
        if (field.minOccurs >= 1) fail(path, `is mandatory for ${commandName}`);
        continue;
      }
      const secret = secretPaths.includes(path);
      if (field.children.length > 0) {
        elements.push({ name: field.name, value: walk(field.children, fieldValue, `${path}.`), secret });
        continue;
      }
      const encoded = encodeValue(fieldValue, field.xsdType ?? 'string');
      if (!encoded.ok) return fail(path, encoded.reason);
      if (field.minOccurs >= 1 && encoded.lexical === '') fail(path, 'must not be empty');
      elements.push({ name: field.name, value: encoded.lexical, secret });
    }
    return elements;
  };
  return walk(fields, input, '');
}
