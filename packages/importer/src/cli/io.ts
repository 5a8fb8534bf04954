/** Where a command writes; tests pass collectors instead of the process streams. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processIo = (): CliIo => ({
  // The folder the user ran `pnpm` in (pnpm sets INIT_CWD; `pnpm --filter … exec` runs in the package).
  cwd: process.env.INIT_CWD || process.cwd(),
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
