import type { WireBody, WireElement } from '../request/wire-request.js';
import { REDACTED } from './redactor.js';

/** The request's values by wire name or element path, secrets replaced: what a log may show. */
export function loggableValues(body: WireBody): Record<string, string> {
  if (body.shape === 'attributeSet') {
    return Object.fromEntries(body.attributes.map((a) => [a.id, a.secret ? REDACTED : a.lexical]));
  }
  const values: Record<string, string> = {};
  const walk = (elements: readonly WireElement[], prefix: string, secret: boolean): void => {
    for (const element of elements) {
      const path = `${prefix}${element.name}`;
      if (typeof element.value === 'string') values[path] = element.secret || secret ? REDACTED : element.value;
      else walk(element.value, `${path}.`, element.secret || secret);
    }
  };
  walk(body.elements, '', false);
  return values;
}
