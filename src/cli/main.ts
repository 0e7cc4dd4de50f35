#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { runDemo } from './demo.js';
import { runSimulate } from './simulate.js';

const USAGE = `usage: onespan-auth-soap <command>

  demo                          the package end to end against an embedded simulator
  simulate [--port 8888] [--host 127.0.0.1] [--tls] [--ca-out ca.pem] [--users users.json] [--lock-threshold 3]
                                a standalone OAS simulator for your own application
  generate --wsdl <authentication.wsdl | SDK wsdl folder> [--catalogue catalogue.json] [--out generated]
                                typed bindings from your server's WSDL
  diff <old> <new> [--json] [--changeset] [--changeset-file f] [--old-catalogue f] [--new-catalogue f]
                                drift between two WSDLs, folders or api.json dumps; exit 0 none, 1 changed, 2 error
`;

const CODEGEN_PEERS = /ts-morph|wsdl-tsclient/;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const write = (line: string) => process.stdout.write(`${line}\n`);
  switch (command) {
    case 'demo':
      await runDemo(write);
      return 0;
    case 'simulate': {
      const { values } = parseArgs({
        args: rest,
        options: {
          port: { type: 'string', default: '8888' },
          host: { type: 'string', default: '127.0.0.1' },
          tls: { type: 'boolean', default: false },
          'ca-out': { type: 'string' },
          users: { type: 'string' },
          'lock-threshold': { type: 'string' },
        },
      });
      await runSimulate(
        {
          port: Number(values.port),
          host: values.host,
          tls: values.tls,
          caOut: values['ca-out'],
          usersFile: values.users,
          lockThreshold: values['lock-threshold'] === undefined ? undefined : Number(values['lock-threshold']),
        },
        write,
      );
      return 0;
    }
    case 'generate': {
      const { values } = parseArgs({ args: rest, options: { wsdl: { type: 'string' }, catalogue: { type: 'string' }, out: { type: 'string' } } });
      if (values.wsdl === undefined) throw new UsageError('generate needs --wsdl <authentication.wsdl or folder>');
      const { runGenerate } = await importCodegen(() => import('../../codegen/commands/generate-command.js'));
      await runGenerate({ wsdl: values.wsdl, catalogue: values.catalogue, out: values.out }, write);
      return 0;
    }
    case 'diff': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          changeset: { type: 'boolean', default: false },
          'changeset-file': { type: 'string' },
          'old-catalogue': { type: 'string' },
          'new-catalogue': { type: 'string' },
        },
      });
      const [oldPath, newPath] = positionals;
      if (oldPath === undefined || newPath === undefined || positionals.length > 2) throw new UsageError('diff needs <old> <new>');
      const { runDiff } = await import('../../codegen/commands/diff-command.js');
      const { exitCode } = runDiff(
        {
          oldPath,
          newPath,
          json: values.json,
          changeset: values['changeset-file'] ?? values.changeset,
          oldCatalogue: values['old-catalogue'],
          newCatalogue: values['new-catalogue'],
        },
        (text) => process.stdout.write(text),
      );
      return exitCode;
    }
    default:
      process.stderr.write(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

class UsageError extends Error {}

/** Codegen needs ts-morph and wsdl-tsclient, which an installed package does not pull in by default. */
async function importCodegen<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && CODEGEN_PEERS.test(String((error as Error).message))) {
      throw new Error('generate needs ts-morph and wsdl-tsclient: npm install --save-dev ts-morph wsdl-tsclient');
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`onespan-auth-soap: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(USAGE);
    process.exitCode = 2;
  },
);
