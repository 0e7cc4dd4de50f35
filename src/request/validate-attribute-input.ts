import { attributeById, attributeByName } from '../catalogue/catalogue-index.js';
import type { AttributeSetCommand, AttributeXsdType, CatalogueRule } from '../catalogue/catalogue-types.js';
import { ValidationError } from '../errors/validation-error.js';
import { encodeValue } from './encode-value.js';
import type { ExtraAttribute } from './extra-attribute.js';
import type { WireAttribute } from './wire-request.js';

const EXTRA_KEY = 'extraAttributes';
const WIRE_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Checks an attribute-set command's input against the catalogue (known names, mandatory ones present,
 * value types, XML 1.0 text, rules) and turns it into wire attributes, in the caller's key order.
 * Throws a ValidationError naming the attribute; never echoes a value.
 */
export function validateAttributeInput(commandName: string, command: AttributeSetCommand, input: unknown): WireAttribute[] {
  const fail = (attribute: string, reason: string): never => {
    throw new ValidationError(commandName, attribute, reason);
  };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('input', 'must be an object of attributes');
  const allowed = new Set([...command.input.mandatory, ...command.input.optional]);
  const attributes: WireAttribute[] = [];
  const present = new Set<string>();

  for (const [key, value] of Object.entries(input)) {
    if (key === EXTRA_KEY || value === undefined) continue;
    const attribute = attributeByName.get(key);
    if (attribute === undefined || !allowed.has(attribute.id)) {
      fail(key, `is not an input attribute of ${commandName}${attribute ? '' : ' (unknown to the catalogue; use extraAttributes for attributes of newer servers)'}`);
      continue;
    }
    if (value === null) fail(key, 'must not be null');
    const encoded = encodeValue(value, attribute.xsdType, attribute.maxLength);
    if (!encoded.ok) return fail(key, encoded.reason);
    if (encoded.lexical === '' && command.input.mandatory.includes(attribute.id)) fail(key, 'must not be empty');
    attributes.push({ id: attribute.id, lexical: encoded.lexical, xsdType: attribute.xsdType, secret: attribute.secret });
    present.add(attribute.id);
  }

  for (const id of command.input.mandatory) {
    if (!present.has(id)) fail(attributeById.get(id)?.name ?? id, `is mandatory for ${commandName}`);
  }
  for (const rule of command.rules) checkRule(rule, present, (attribute, reason) => fail(attribute, reason));

  const extras = (input as { extraAttributes?: unknown }).extraAttributes;
  if (extras !== undefined) attributes.push(...validateExtras(extras, allowed, present, fail));
  return attributes;
}

function checkRule(rule: CatalogueRule, present: ReadonlySet<string>, fail: (attribute: string, reason: string) => void): void {
  const nameOf = (id: string) => attributeById.get(id)?.name ?? id;
  const given = rule.attributes.filter((id) => present.has(id));
  const names = rule.attributes.map(nameOf).join(', ');
  switch (rule.kind) {
    case 'exactlyOne':
      if (given.length !== 1) fail(given.length === 0 ? names : given.map(nameOf).join(', '), `: exactly one of ${names} must be given`);
      break;
    case 'mutuallyExclusive':
      if (given.length > 1) fail(given.map(nameOf).join(', '), `: ${names} exclude each other`);
      break;
    case 'requires':
      for (const id of given) {
        if (!rule.requires.some((required) => present.has(required))) fail(nameOf(id), `is only allowed with ${rule.requires.map(nameOf).join(' or ')}`);
      }
      break;
  }
}

function validateExtras(
  extras: unknown,
  allowed: ReadonlySet<string>,
  present: Set<string>,
  fail: (attribute: string, reason: string) => never,
): WireAttribute[] {
  if (!Array.isArray(extras)) return fail(EXTRA_KEY, 'must be an array of { id, value, type? }');
  return extras.map((extra: ExtraAttribute, index): WireAttribute => {
    const where = `${EXTRA_KEY}[${index}]`;
    if (typeof extra !== 'object' || extra === null || typeof extra.id !== 'string' || !WIRE_ID.test(extra.id)) {
      return fail(where, 'must be { id, value, type? } with an attribute ID such as CREDFLD_NAME');
    }
    const known = attributeById.get(extra.id);
    if (known !== undefined && allowed.has(known.id)) return fail(`${where}.id`, `is catalogued: pass it as ${known.name}`);
    if (present.has(extra.id)) return fail(`${where}.id`, 'is given twice');
    present.add(extra.id);
    const type: AttributeXsdType = extra.type ?? known?.xsdType ?? defaultType(extra.value);
    const encoded = encodeValue(extra.value, type);
    if (!encoded.ok) return fail(`${where}.value`, encoded.reason);
    return { id: extra.id, lexical: encoded.lexical, xsdType: type, secret: known?.secret ?? extra.secret ?? true };
  });
}

function defaultType(value: unknown): AttributeXsdType {
  if (typeof value === 'number') return 'int';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}
