import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CLI = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];

describe('onespan-auth-soap CLI', () => {
  it('demo walks through every step against the embedded simulator and exits 0', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [...CLI, 'demo'], { cwd: ROOT });
    const lines = stdout.split('\n');
    const outcome = (step: string) => lines.find((line) => line.trimStart().startsWith(step)) ?? '';
    expect(outcome('1 OTP login')).toMatch(/authUser\s+ok\s+STAT_SUCCESS \(0\)/);
    expect(outcome('2 wrong OTP')).toMatch(/fail\s+STAT_INVCREDENTIALS \(1000\)\s+error count 1/);
    expect(outcome('3 push login: user rejects')).toMatch(/cancelAuthUser\s+ok/);
    expect(outcome('the suspended login ends')).toMatch(/fail .*error count 1: unchanged/);
    expect(outcome('user approves on the phone')).toMatch(/ok\s+STAT_SUCCESS/);
    expect(outcome('user types the response')).toMatch(/ok\s+STAT_SUCCESS/);
  });

  it('simulate serves on the chosen port and answers stdin commands', async () => {
    const child = spawn(process.execPath, [...CLI, 'simulate', '--port', '0'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout });
    const seen: string[] = [];
    const waitFor = (pattern: RegExp) =>
      new Promise<string>((resolve) => {
        const found = seen.find((line) => pattern.test(line));
        if (found) return resolve(found);
        const listener = (line: string) => {
          if (pattern.test(line)) {
            lines.off('line', listener);
            resolve(line);
          }
        };
        lines.on('line', listener);
      });
    lines.on('line', (line) => seen.push(line));
    try {
      const listening = await waitFor(/listening on/);
      const endpoint = /listening on (\S+)/.exec(listening)?.[1] ?? '';
      expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const wsdl = await fetch(`${endpoint}?wsdl`).then((r) => r.text());
      expect(wsdl).toContain(`location="${endpoint}"`);
      child.stdin.write('otp VDS0000001\n');
      const otp = await waitFor(/^\d{6}$/);
      expect(otp).toMatch(/^\d{6}$/);
      child.stdin.write('state jane.doe\n');
      expect(JSON.parse(await waitFor(/errorCount/))).toEqual({ errorCount: 0, locked: false });
    } finally {
      child.stdin.write('quit\n');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(child.exitCode).toBe(0);
  });
});
