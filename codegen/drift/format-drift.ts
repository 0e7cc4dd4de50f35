import type { DriftReport } from './compute-drift.js';

const SIGN = { added: '+', removed: '-', changed: '~' } as const;

/** The drift report as text: one line per change, worst first, then the suggested bump. */
export function formatDrift(report: DriftReport, oldLabel: string, newLabel: string): string {
  const lines = [`drift from ${oldLabel} to ${newLabel}:`];
  if (report.changes.length === 0) lines.push('  no changes');
  const order = { major: 0, minor: 1, patch: 2 };
  const sorted = [...report.changes].sort((a, b) => order[a.impact] - order[b.impact] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const change of sorted) {
    lines.push(`  ${change.impact.padEnd(5)} ${SIGN[change.change]} ${change.subject} ${change.path}${change.detail ? `: ${change.detail}` : ''}`);
  }
  lines.push(`suggested version bump: ${report.bump}`);
  return `${lines.join('\n')}\n`;
}

/** A changeset for the package, describing the drift. */
export function driftChangeset(report: DriftReport, packageName: string, newLabel: string): string {
  const summary = report.changes
    .filter((change) => change.impact !== 'patch')
    .map((change) => `- ${change.change} ${change.subject} \`${change.path}\`${change.detail ? `: ${change.detail}` : ''}`);
  return `---\n'${packageName}': ${report.bump}\n---\n\nBindings regenerated from ${newLabel}.${summary.length ? `\n\n${summary.join('\n')}` : ' Names and layout only; the wire is unchanged.'}\n`;
}
