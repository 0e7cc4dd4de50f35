import type { AttributeSetCommand, Catalogue, CatalogueAttribute, CatalogueCommand } from '../../src/catalogue/catalogue-types.js';
import type { ApiDump } from '../emit/api-dump.js';
import { elementShape, type WireShape } from './wire-shape.js';

/** major: something removed or narrowed; minor: something added; patch: names, layout, docs. */
export type Impact = 'major' | 'minor' | 'patch';

export interface DriftChange {
  readonly change: 'added' | 'removed' | 'changed';
  readonly subject: 'operation' | 'element' | 'field' | 'type' | 'enumeration' | 'attribute' | 'command' | 'wsdl' | 'documentation';
  /** What changed, e.g. `authUser.request.credentialAttributeSet.attributes.attributeID`. */
  readonly path: string;
  readonly detail?: string;
  readonly impact: Impact;
}

export interface DriftReport {
  readonly changes: readonly DriftChange[];
  /** The semver bump the changes call for; none when nothing changed. */
  readonly bump: Impact | 'none';
}

const RANK: Record<Impact | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** Compares two dumps: operations by wire structure, named types and enumerations by name, the catalogue by ID. */
export function computeDrift(before: ApiDump, after: ApiDump): DriftReport {
  const changes: DriftChange[] = [];
  compareWsdl(before, after, changes);
  compareOperations(before, after, changes);
  compareNames('element', Object.keys(before.elements), Object.keys(after.elements), changes);
  compareNames('type', Object.keys(before.types), Object.keys(after.types), changes);
  compareNames('enumeration', Object.keys(before.enumerations), Object.keys(after.enumerations), changes);
  compareDocumentation(before, after, changes);
  compareCatalogue(before.catalogue, after.catalogue, changes);
  compareAttributeIds(before, after, changes);
  const bump = changes.reduce<Impact | 'none'>((worst, change) => (RANK[change.impact] > RANK[worst] ? change.impact : worst), 'none');
  return { changes, bump };
}

function compareWsdl(before: ApiDump, after: ApiDump, changes: DriftChange[]): void {
  if (before.wsdl.targetNamespace !== after.wsdl.targetNamespace) {
    changes.push({ change: 'changed', subject: 'wsdl', path: 'targetNamespace', detail: `${before.wsdl.targetNamespace} → ${after.wsdl.targetNamespace}`, impact: 'major' });
  }
  if (before.wsdl.files.join() !== after.wsdl.files.join()) {
    changes.push({ change: 'changed', subject: 'wsdl', path: 'files', detail: `${before.wsdl.files.join(', ')} → ${after.wsdl.files.join(', ')}`, impact: 'patch' });
  }
  if (before.wsdl.address !== after.wsdl.address) {
    changes.push({ change: 'changed', subject: 'wsdl', path: 'address', detail: `${before.wsdl.address ?? '-'} → ${after.wsdl.address ?? '-'}`, impact: 'patch' });
  }
}

function compareOperations(before: ApiDump, after: ApiDump, changes: DriftChange[]): void {
  for (const name of union(Object.keys(before.operations), Object.keys(after.operations))) {
    const old = before.operations[name];
    const now = after.operations[name];
    if (old === undefined || now === undefined) {
      changes.push({ change: old ? 'removed' : 'added', subject: 'operation', path: name, impact: old ? 'major' : 'minor' });
      continue;
    }
    for (const key of ['request', 'response', 'shape', 'soapAction'] as const) {
      if (old[key] !== now[key]) changes.push({ change: 'changed', subject: 'operation', path: `${name}.${key}`, detail: `${old[key] ?? '-'} → ${now[key] ?? '-'}`, impact: 'major' });
    }
    if (old.deprecated !== now.deprecated) changes.push({ change: 'changed', subject: 'operation', path: `${name}.deprecated`, detail: `${old.deprecated ?? '-'} → ${now.deprecated ?? '-'}`, impact: 'patch' });
    for (const direction of ['request', 'response'] as const) {
      const oldShape = elementShape(before, old[direction]);
      const newShape = elementShape(after, now[direction]);
      if (oldShape && newShape) compareShapes(`${name}.${direction}`, oldShape.children, newShape.children, direction, changes);
    }
  }
}

function compareShapes(path: string, before: readonly WireShape[], after: readonly WireShape[], direction: 'request' | 'response', changes: DriftChange[]): void {
  for (const name of union(before.map((f) => f.name), after.map((f) => f.name))) {
    const old = before.find((f) => f.name === name);
    const now = after.find((f) => f.name === name);
    const at = `${path}.${name}`;
    if (old === undefined && now !== undefined) {
      const required = !now.occurs.startsWith('0..');
      changes.push({ change: 'added', subject: 'field', path: at, detail: `${now.type} ${now.occurs}`, impact: required && direction === 'request' ? 'major' : 'minor' });
      continue;
    }
    if (old !== undefined && now === undefined) {
      changes.push({ change: 'removed', subject: 'field', path: at, detail: `${old.type} ${old.occurs}`, impact: 'major' });
      continue;
    }
    if (old === undefined || now === undefined) continue;
    if (old.occurs !== now.occurs) changes.push({ change: 'changed', subject: 'field', path: at, detail: `occurs ${old.occurs} → ${now.occurs}`, impact: narrows(old.occurs, now.occurs) ? 'major' : 'minor' });
    if (old.type !== now.type) changes.push({ change: 'changed', subject: 'field', path: at, detail: `type ${old.type} → ${now.type}`, impact: 'major' });
    if (old.compositor !== now.compositor) {
      const widening = old.compositor === 'sequence' && now.compositor === 'all';
      changes.push({ change: 'changed', subject: 'field', path: at, detail: `content ${old.compositor ?? '-'} → ${now.compositor ?? '-'}`, impact: widening ? 'minor' : 'major' });
    }
    compareEnumeration(at, old.enumeration, now.enumeration, changes);
    compareShapes(at, old.children, now.children, direction, changes);
  }
}

function compareEnumeration(path: string, before: readonly string[] | undefined, after: readonly string[] | undefined, changes: DriftChange[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined || after === undefined) {
    const values = (after ?? before ?? []).length;
    changes.push({ change: 'changed', subject: 'field', path, detail: after ? `now restricted to an enumeration of ${values} values` : 'no longer restricted to an enumeration', impact: after ? 'major' : 'minor' });
    return;
  }
  const added = after.filter((value) => !before.includes(value));
  const removed = before.filter((value) => !after.includes(value));
  if (added.length > 0) changes.push({ change: 'added', subject: 'enumeration', path, detail: added.join(', '), impact: 'minor' });
  if (removed.length > 0) changes.push({ change: 'removed', subject: 'enumeration', path, detail: removed.join(', '), impact: 'major' });
}

/** Global elements, named types and enumerations: only names here; their wire effect shows in operations and fields. */
function compareNames(subject: 'element' | 'type' | 'enumeration', before: readonly string[], after: readonly string[], changes: DriftChange[]): void {
  for (const name of union(before, after)) {
    const inBefore = before.includes(name);
    const inAfter = after.includes(name);
    if (inBefore !== inAfter) changes.push({ change: inBefore ? 'removed' : 'added', subject, path: name, detail: subject === 'element' ? 'name only; operations show what uses it' : 'name only; the wire effect shows in the fields', impact: 'patch' });
  }
}

/** Documentation text of operations, elements, types and their fields: a docs-only change is a patch. */
function compareDocumentation(before: ApiDump, after: ApiDump, changes: DriftChange[]): void {
  const changed = (path: string, old: string | undefined, now: string | undefined) => {
    if ((old ?? '') !== (now ?? '')) changes.push({ change: 'changed', subject: 'documentation', path, impact: 'patch' });
  };
  for (const [name, operation] of Object.entries(after.operations)) {
    const old = before.operations[name];
    if (old) changed(name, old.doc, operation.doc);
  }
  for (const [group, oldTypes, newTypes] of [['element', before.elements, after.elements], ['type', before.types, after.types]] as const) {
    for (const [name, type] of Object.entries(newTypes)) {
      const old = oldTypes[name];
      if (old === undefined) continue;
      changed(`${group} ${name}`, old.doc, type.doc);
      for (const field of type.fields) changed(`${group} ${name}.${field.name}`, old.fields.find((f) => f.name === field.name)?.doc, field.doc);
    }
  }
}

function compareCatalogue(before: Catalogue, after: Catalogue, changes: DriftChange[]): void {
  const byId = (catalogue: Catalogue) => new Map(catalogue.attributes.map((a) => [a.id, a]));
  const oldAttributes = byId(before);
  const newAttributes = byId(after);
  for (const id of union([...oldAttributes.keys()], [...newAttributes.keys()])) {
    const old = oldAttributes.get(id);
    const now = newAttributes.get(id);
    if (old === undefined || now === undefined) {
      changes.push({ change: old ? 'removed' : 'added', subject: 'attribute', path: id, impact: old ? 'major' : 'minor' });
      continue;
    }
    for (const key of ['name', 'xsdType'] as const) {
      if (old[key] !== now[key]) changes.push({ change: 'changed', subject: 'attribute', path: `${id}.${key}`, detail: `${old[key]} → ${now[key]}`, impact: 'major' });
    }
    if (old.secret !== now.secret || String(old.maxLength) !== String(now.maxLength)) {
      changes.push({ change: 'changed', subject: 'attribute', path: id, detail: describeAttributeChange(old, now), impact: 'patch' });
    }
  }
  for (const name of union(Object.keys(before.commands), Object.keys(after.commands))) {
    const old = before.commands[name];
    const now = after.commands[name];
    if (old === undefined || now === undefined) {
      changes.push({ change: old ? 'removed' : 'added', subject: 'command', path: name, impact: old ? 'major' : 'minor' });
      continue;
    }
    compareCommand(name, old, now, changes);
  }
}

/** Where the new WSDL enumerates attribute IDs: what it lists that the catalogue lacks, and the reverse. */
function compareAttributeIds(before: ApiDump, after: ApiDump, changes: DriftChange[]): void {
  const check = after.attributeIds;
  if (check === undefined) return;
  const known = new Set([...(before.attributeIds?.unknownToCatalogue ?? []), ...(before.attributeIds?.missingFromWsdl ?? [])]);
  for (const id of check.unknownToCatalogue.filter((candidate) => !known.has(candidate))) {
    changes.push({ change: 'added', subject: 'attribute', path: id, detail: `listed by ${check.enumeration}, not typed by the catalogue (send it with extraAttributes, or add it to the catalogue)`, impact: 'minor' });
  }
  for (const id of check.missingFromWsdl.filter((candidate) => !known.has(candidate))) {
    changes.push({ change: 'removed', subject: 'attribute', path: id, detail: `typed by the catalogue, not listed by ${check.enumeration}`, impact: 'major' });
  }
}

function compareCommand(name: string, before: CatalogueCommand, after: CatalogueCommand, changes: DriftChange[]): void {
  if (before.shape !== after.shape) {
    changes.push({ change: 'changed', subject: 'command', path: `${name}.shape`, detail: `${before.shape} → ${after.shape}`, impact: 'major' });
    return;
  }
  if (before.shape !== 'attributeSet' || after.shape !== 'attributeSet') return;
  const old: AttributeSetCommand = before;
  const now: AttributeSetCommand = after;
  const status = (command: AttributeSetCommand, id: string) =>
    command.input.mandatory.includes(id) ? 'mandatory' : command.input.optional.includes(id) ? 'optional' : undefined;
  for (const id of union([...old.input.mandatory, ...old.input.optional], [...now.input.mandatory, ...now.input.optional])) {
    const was = status(old, id);
    const is = status(now, id);
    if (was === is) continue;
    const impact: Impact = is === undefined || is === 'mandatory' ? 'major' : 'minor';
    changes.push({ change: was === undefined ? 'added' : is === undefined ? 'removed' : 'changed', subject: 'command', path: `${name}.input.${id}`, detail: `${was ?? '-'} → ${is ?? '-'}`, impact });
  }
  const returned = (command: AttributeSetCommand) => [...command.output.always, ...command.output.ifDefined];
  for (const id of union(returned(old), returned(now))) {
    const was = returned(old).includes(id);
    const is = returned(now).includes(id);
    if (was !== is) changes.push({ change: was ? 'removed' : 'added', subject: 'command', path: `${name}.output.${id}`, impact: was ? 'major' : 'minor' });
  }
  const rules = (command: AttributeSetCommand) => command.rules.map((rule) => JSON.stringify(rule));
  for (const rule of union(rules(old), rules(now))) {
    const was = rules(old).includes(rule);
    if (was !== rules(now).includes(rule)) changes.push({ change: was ? 'removed' : 'added', subject: 'command', path: `${name}.rules`, detail: rule, impact: was ? 'minor' : 'major' });
  }
}

function describeAttributeChange(before: CatalogueAttribute, after: CatalogueAttribute): string {
  const parts: string[] = [];
  if (before.secret !== after.secret) parts.push(`secret ${before.secret} → ${after.secret}`);
  if (String(before.maxLength) !== String(after.maxLength)) parts.push(`maxLength ${before.maxLength ?? '-'} → ${after.maxLength ?? '-'}`);
  return parts.join(', ');
}

/** Whether an occurrence range got narrower: a higher minimum or a lower maximum. */
function narrows(before: string, after: string): boolean {
  const [oldMin = 0, oldMax = Infinity] = parseOccurs(before);
  const [newMin = 0, newMax = Infinity] = parseOccurs(after);
  return newMin > oldMin || newMax < oldMax;
}

function parseOccurs(occurs: string): [number, number] {
  const [min, max] = occurs.split('..');
  return [Number(min), max === 'n' ? Infinity : Number(max)];
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
