#!/usr/bin/env node
// The process entry: the only module that reads process.env and process.argv. It hands them to the command line
// (src/cli.ts); the composition root that builds the program from them is src/compose/compose-app.ts.
import { runCli } from './cli.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// `npm run cli -- latest | head -3`: when the reader goes away, stop writing and leave quietly, as Unix tools do
// (no EPIPE stack trace). Exit 0: the reader got what it asked for.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

// A bad packet deep inside a platform SDK must not take the whole bot down: log it and keep serving.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`${JSON.stringify({ level: 50, time: Date.now(), msg: `unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}` })}\n`);
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  env: process.env,
}).catch((error: unknown) => {
  process.stderr.write(`unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  return 1;
});
// `run` keeps the process alive through its servers and timers; other commands end here.
if (process.argv[2] !== 'run') process.exitCode = code;
else if (code !== 0) process.exit(code);
