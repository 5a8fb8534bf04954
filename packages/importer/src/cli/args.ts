import { isAbsolute, resolve } from 'node:path';

export interface CliArgs {
  input: string | null;
  out: string | null;
  mergeInto: string | null;
  toContentLake: boolean;
  offline: boolean;
  json: boolean;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses `<input> [--out <folder>] [--merge-into <export>] [--to-content-lake] [--offline] [--json]`. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    input: null,
    out: null,
    mergeInto: null,
    toContentLake: false,
    offline: false,
    json: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a folder`);
      return next;
    };
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--out') args.out = inline ?? value();
    else if (flag === '--merge-into') args.mergeInto = inline ?? value();
    else if (flag === '--to-content-lake') args.toContentLake = true;
    else if (flag === '--json') args.json = true;
    else if (flag === '--offline') args.offline = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.input === null) args.input = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  return args;
}

export const resolveFrom = (cwd: string, path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
