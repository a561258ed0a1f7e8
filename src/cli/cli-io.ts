// What a CLI command gets from the outside: output streams, stdin, and the environment (passed in by main.ts).
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
}

/** Splits argv into flags (--name value / --flag) and positionals. Repeated flags collect into arrays. */
export function parseArgs(args: string[], spec: { boolean?: string[]; multiple?: string[] } = {}): {
  flags: Map<string, string[]>; positionals: string[]; unknown: string[];
} {
  const flags = new Map<string, string[]>();
  const positionals: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) { positionals.push(a); continue; }
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (spec.boolean?.includes(name)) { flags.set(name, ['true']); continue; }
    const value = inline ?? args[++i];
    if (value === undefined) { unknown.push(a); continue; }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { flags, positionals, unknown };
}
