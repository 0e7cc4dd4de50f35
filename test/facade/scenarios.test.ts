import { describe, expect, it } from 'vitest';
import { OasError } from '../../src/index.js';
import { canonicalBody } from '../support/canonical-xml.js';
import { callCommand, useLoopbackClient } from '../support/loopback-client.js';
import { loadScenarios } from '../support/scenarios.js';

const COMMANDS = ['authUser', 'cancelAuthUser', 'getChallenge', 'getSecureChallenge', 'getPreparedSecureChallenge', 'updatePassword', 'changeEncStatPwd', 'changeBackendPassword'];

describe('recorded scenarios (test/fixtures/scenarios), over a loopback socket', () => {
  const loopback = useLoopbackClient();

  const scenarios = loadScenarios();

  it('cover all eight commands', () => {
    expect(new Set(scenarios.map((s) => s.command))).toEqual(new Set(COMMANDS));
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const server = loopback.server();
    server.reply(scenario.reply);
    const before = server.requests.length;
    let result: unknown;
    let error: unknown;
    try {
      result = await callCommand(loopback.client(), scenario.command, scenario.input);
    } catch (caught) {
      error = caught;
    }
    expect(server.requests.length - before, 'exactly one request, never retried').toBe(1);
    const sent = server.requests.at(-1);
    if (scenario.request !== undefined) expect(canonicalBody(sent?.body ?? '')).toEqual(canonicalBody(scenario.request));
    expect(sent?.headers['content-type']).toBe('text/xml; charset=utf-8');
    if (scenario.expected.error !== undefined) {
      expect(error).toBeInstanceOf(OasError);
      expect(error).toMatchObject(scenario.expected.error);
    } else {
      expect(error).toBeUndefined();
      expect(result).toEqual(scenario.expected.result);
    }
  });
});
