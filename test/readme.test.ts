import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

describe('README', () => {
  it('quotes the integrator example test as it is in test/simulator/integrator-example.test.ts', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = readFileSync(join(ROOT, 'test/simulator/integrator-example.test.ts'), 'utf8');
    const withoutHeaderComment = example.split('\n').slice(1).join('\n').trim();
    expect(readme).toContain(withoutHeaderComment);
  });

  it('names npm ci and then npm run demo as the first commands, and the test command CI runs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/```sh\nnpm ci\nnpm run demo\n```/);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });
});
