import { CommandLineError } from './CommandLineError';

export interface CommandArguments {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
  /** `--help` or `-h` was given anywhere: print the command's usage instead of running it. */
  readonly wantsHelp: boolean;
}

export interface OptionNames {
  /** Options that stand alone (`--presplit`). */
  readonly flags: readonly string[];
  /** Options that take a value (`--format tsv` or `--format=tsv`). */
  readonly valued: readonly string[];
  /** One-letter spellings of long options (`-o` for `--output`). */
  readonly short?: Readonly<Record<string, string>>;
}

/**
 * Splits a command's arguments into files and options, refusing any option the command does not
 * know; `hint` (where to read the usage) ends each message. Everything after `--` is a file.
 */
export function parseCommandArguments(
  list: readonly string[],
  { flags, valued, short = {} }: OptionNames,
  hint: string,
): CommandArguments {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const fail = (message: string) => new CommandLineError(`${message}\n${hint}`, 2);
  const optionsEnd = list.indexOf('--');
  const optionArguments = optionsEnd === -1 ? list : list.slice(0, optionsEnd);
  if (optionArguments.some((argument) => argument === '--help' || argument === '-h'))
    return { positional, options, wantsHelp: true };
  for (let index = 0; index < optionArguments.length; index += 1) {
    const argument = optionArguments[index] ?? '';
    if (!argument.startsWith('-') || argument === '-') {
      positional.push(argument);
      continue;
    }
    const longName = argument.startsWith('--') ? undefined : short[argument.slice(1)];
    if (!argument.startsWith('--') && longName === undefined)
      throw fail(`Unknown option ${argument}.`);
    const [name = '', inline] =
      longName === undefined ? argument.slice(2).split(/=(.*)/s) : [longName, undefined];
    if (flags.includes(name)) {
      if (inline !== undefined) throw fail(`--${name} takes no value.`);
      options.set(name, true);
      continue;
    }
    if (!valued.includes(name)) throw fail(`Unknown option --${name}.`);
    const value = inline ?? optionArguments[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw fail(`--${name} needs a value.`);
    if (inline === undefined) index += 1;
    options.set(name, value);
  }
  if (optionsEnd !== -1) positional.push(...list.slice(optionsEnd + 1));
  return { positional, options, wantsHelp: false };
}
