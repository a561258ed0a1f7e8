// Turns the raw errors of a failed start (SQLite, the file system, a port, Postgres) into a StartupError that
// names what to fix, so `npm start` prints one sentence instead of a stack trace. Pure: it reads only the
// error's code and message.
import { StartupError } from './startup-error.ts';

type Coded = { code?: string; message?: string; errno?: number };

/** The SQLite file at `file` could not be opened or migrated. */
export function explainSqliteFault(error: unknown, file: string): Error {
  const e = error as Coded;
  const code = e.code ?? '';
  const why = (text: string) => new StartupError(`${text} (SQLITE_PATH=${file})`, { cause: error });
  if (code === 'EISDIR' || (code === 'SQLITE_CANTOPEN' && /directory/i.test(e.message ?? ''))) return why('the database path is a directory: point SQLITE_PATH at a file, e.g. data/tts-radar.sqlite');
  if (code === 'SQLITE_CANTOPEN') return why('cannot open the database file: check that its directory exists and this user may write there, and that the path is not a directory');
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS') return why('the database file or its directory is read-only: give this user write access (the bot writes alerts and its outbox there)');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return why('the database file is damaged or is not a SQLite database: restore it from a backup, or move it away to start with an empty one');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return why('the disk is full: free some space where the database lives');
  if (code === 'SQLITE_BUSY') return why('the database is locked by another program for too long: stop whatever holds it');
  return error instanceof Error ? error : new Error(String(error));
}

/** Listening on `port` failed. */
export function explainListenFault(error: unknown, port: number): Error {
  const code = (error as Coded).code;
  if (code === 'EADDRINUSE') return new StartupError(`port ${port} is already in use (is another bot or program listening on it?): stop it, or set PORT to a free port`, { cause: error });
  if (code === 'EACCES') return new StartupError(`not allowed to listen on port ${port}: ports below 1024 need privileges; set PORT to 1024 or above (the default is 3000)`, { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}

/** Connecting to Postgres failed; the URL is never shown (it may hold a password). */
export function explainPostgresFault(error: unknown): Error {
  const e = error as Coded;
  const code = e.code ?? '';
  const msg = e.message ?? '';
  if (code === 'ECONNREFUSED') return new StartupError('Postgres refused the connection: is it running, and are the host and port in DATABASE_URL right?', { cause: error });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new StartupError('the Postgres host in DATABASE_URL cannot be resolved: check its spelling', { cause: error });
  if (/timeout/i.test(msg) || code === 'ETIMEDOUT') return new StartupError('Postgres did not answer in time: check that DATABASE_URL points at a Postgres server and that it is not overloaded', { cause: error });
  if (code === '28P01' || code === '28000') return new StartupError('Postgres refused the user or password in DATABASE_URL', { cause: error });
  if (code === '3D000') return new StartupError('the database named in DATABASE_URL does not exist: create it (createdb) or fix the name', { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}
