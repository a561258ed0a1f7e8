// The eval command's IO for tests: captured stdout/stderr and a given file reader.
export function captureEvalIO(readFile: (p: string) => Promise<string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err,
    io: { stdout: (s: string) => { out.push(s); }, stderr: (s: string) => { err.push(s); }, readFile },
  };
}
