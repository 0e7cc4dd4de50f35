#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { runDemo } from './demo.js';
import { runSimulate } from './simulate.js';

const USAGE = `usage: onespan-auth-soap <command>

  demo                          the package end to end against an embedded simulator
  simulate [--port 8888] [--host 127.0.0.1] [--tls] [--ca-out ca.pem] [--users users.json] [--lock-threshold 3]
                                a standalone OAS simulator for your own application
`;

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
    default:
      process.stderr.write(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`onespan-auth-soap: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
