import type { ApiDump, DumpField, DumpType } from '../emit/api-dump.js';

/** One element as the wire sees it: names, occurrence, built-in type and allowed values; type names gone. */
export interface WireShape {
  readonly name: string;
  readonly occurs: string;
  /** `xsd:int`... for simple content, `complex` otherwise. */
  readonly type: string;
  readonly compositor: string | undefined;
  readonly enumeration: readonly string[] | undefined;
  readonly wildcard: boolean;
  readonly children: readonly WireShape[];
}

const MAX_DEPTH = 12;

/** The wire shape of an operation's request or response element (found by local name). */
export function elementShape(dump: ApiDump, localName: string): WireShape | undefined {
  const key = Object.keys(dump.elements).find((candidate) => candidate.endsWith(`:${localName}`));
  if (key === undefined) return undefined;
  return shapeOfElement(dump, localName, dump.elements[key] as DumpType, '1..1', 0);
}

function shapeOfElement(dump: ApiDump, name: string, element: DumpType, occurs: string, depth: number): WireShape {
  // A global element with a named or built-in type is dumped as a single field of itself.
  if (element.compositor === 'simple' && element.fields.length === 1 && element.fields[0]?.name === name) {
    return shapeOfField(dump, element.fields[0], depth);
  }
  return complexShape(dump, name, occurs, element, depth);
}

function shapeOfField(dump: ApiDump, field: DumpField, depth: number): WireShape {
  if (field.type.startsWith('ref ')) {
    const referenced = dump.elements[field.type.slice(4)];
    if (referenced) return { ...shapeOfElement(dump, field.name, referenced, field.occurs, depth + 1), occurs: field.occurs };
  }
  const resolved = resolveType(dump, field.type);
  if (resolved.kind === 'complex' && depth < MAX_DEPTH) return complexShape(dump, field.name, field.occurs, resolved.type, depth + 1);
  return {
    name: field.name,
    occurs: field.occurs,
    type: resolved.kind === 'simple' ? resolved.builtin : 'complex',
    compositor: undefined,
    enumeration: resolved.kind === 'simple' ? resolved.enumeration : undefined,
    wildcard: false,
    children: [],
  };
}

function complexShape(dump: ApiDump, name: string, occurs: string, type: DumpType, depth: number): WireShape {
  const base = type.base ? resolveType(dump, type.base) : undefined;
  const inherited = base?.kind === 'complex' ? complexShape(dump, name, occurs, base.type, depth + 1).children : [];
  return {
    name,
    occurs,
    type: 'complex',
    compositor: type.compositor,
    enumeration: undefined,
    wildcard: type.wildcard === true,
    children: [...inherited, ...type.fields.map((field) => shapeOfField(dump, field, depth))],
  };
}

type Resolved =
  | { kind: 'simple'; builtin: string; enumeration: readonly string[] | undefined }
  | { kind: 'complex'; type: DumpType };

function resolveType(dump: ApiDump, typeName: string): Resolved {
  let current = typeName;
  let enumeration: readonly string[] | undefined;
  for (let step = 0; step < MAX_DEPTH; step += 1) {
    if (current.startsWith('xsd:')) return { kind: 'simple', builtin: current, enumeration };
    enumeration ??= dump.enumerations[current];
    const type = dump.types[current];
    if (type === undefined) break;
    if (type.compositor !== 'simple') return { kind: 'complex', type };
    if (type.base === undefined) break;
    current = type.base;
  }
  return { kind: 'simple', builtin: 'xsd:anyType', enumeration };
}
