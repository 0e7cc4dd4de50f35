import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { computeDrift, type DriftReport } from '../drift/compute-drift.js';
import { driftChangeset, formatDrift } from '../drift/format-drift.js';
import { loadApi } from './load-api.js';

export interface DiffOptions {
  readonly oldPath: string;
  readonly newPath: string;
  readonly json: boolean;
  /** Write a changeset for the suggested bump: true for `.changeset/<name>.md`, or a file path. */
  readonly changeset: boolean | string;
  readonly oldCatalogue?: string;
  readonly newCatalogue?: string;
}

/** `onespan-auth-soap diff`: the drift between two WSDLs or dumps. Exit 0 unchanged, 1 changed. */
export function runDiff(options: DiffOptions, write: (text: string) => void): { report: DriftReport; exitCode: 0 | 1 } {
  const report = computeDrift(loadApi(options.oldPath, options.oldCatalogue), loadApi(options.newPath, options.newCatalogue));
  write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatDrift(report, options.oldPath, options.newPath));
  if (options.changeset !== false && report.bump !== 'none') {
    const text = driftChangeset(report, 'onespan-auth-soap', options.newPath);
    const file = typeof options.changeset === 'string' ? options.changeset : `.changeset/oas-wsdl-drift-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.md`;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    if (!options.json) write(`wrote ${file}\n`);
  }
  return { report, exitCode: report.changes.length === 0 ? 0 : 1 };
}
