import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** What a command printed and how it exited. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** Runs a program to its end and gives its output and exit code, a failing exit included. */
export async function runCommand(
  file: string,
  argumentList: readonly string[],
  cwd: string | URL,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, argumentList, { cwd, env });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failure = error as CommandResult;
    return { stdout: failure.stdout, stderr: failure.stderr, code: failure.code };
  }
}
