import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScriptedReply } from './recording-server.js';

export const SCENARIO_ROOT = join(import.meta.dirname, '../fixtures/scenarios');

/** One folder of test/fixtures/scenarios: `<command>__<behaviour>/`. */
export interface Scenario {
  readonly name: string;
  readonly command: string;
  readonly input: unknown;
  /** The request the client must send, if the scenario pins it. */
  readonly request: string | undefined;
  readonly reply: ScriptedReply;
  readonly expected: { readonly result?: unknown; readonly error?: Record<string, unknown> };
}

export function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIO_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = join(SCENARIO_ROOT, entry.name);
      const read = (file: string) => readFileSync(join(folder, file), 'utf8');
      const optional = (file: string) => (existsSync(join(folder, file)) ? read(file) : undefined);
      const replyOptions = JSON.parse(optional('reply.json') ?? '{}') as ScriptedReply;
      return {
        name: entry.name,
        command: entry.name.split('__')[0] ?? '',
        input: JSON.parse(read('input.json')),
        request: optional('request.xml'),
        reply: { ...replyOptions, body: read('response.xml') },
        expected: JSON.parse(read('expected.json')),
      };
    });
}
