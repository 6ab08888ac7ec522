/**
 * The command line of the staff commands (plan-import, plan-check, plan-new-report, plan-new-plan,
 * plan-check-translation), in one place:
 * - `-h` / `--help` prints the usage, Chinese first, then English;
 * - an option without its value says which value is missing (`--year` → "the year is missing");
 * - an unknown option is named with the closest known one (`--reason` → `--reason-zh` or `--reason-en`), and a
 *   dash that is not two ASCII hyphens (`—year`, as Word writes it) is named as such;
 * - the npm trap: `npm run import file.csv --year 2024` without `--` hands `--year` to npm, which keeps it as its
 *   own setting (npm_config_year) and passes only the value on; `--replace` even becomes npm's
 *   `--replace-registry-host`. What can be told for certain (the year) is recovered, with a tip to use `npx`;
 *   anything else stops the command with the command to type instead. `npx plan-import …` passes every argument
 *   as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inBoth, msg } from '../../src/lib/messages/message.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** For a string option: what its value is, to say it is missing, and a pattern that recognises it. */
  value?: { zh: string; en: string; example?: string; pattern?: RegExp };
  /** The line of the help, in both languages. */
  help: { zh: string; en: string };
}

export interface CommandSpec {
  /** The command staff type with npx: `plan-import`. */
  bin: string;
  /** The npm script that runs the same file: `import`. */
  script: string;
  /** What the command does, one line. */
  summary: { zh: string; en: string };
  /** The arguments without a dash, as shown in the usage line (`文件.csv`, `file.csv`). */
  args: { zh: string; en: string };
  /** How many arguments without a dash it takes at most. */
  maxPositionals: number;
  /** The first argument is a file: an unquoted file name with spaces arrives as several arguments. */
  fileArgument?: boolean;
  options: Record<string, OptionSpec>;
  /** Example command lines (without the command name). */
  examples: string[];
  /** Extra lines for the help, in both languages. */
  notes?: { zh: string[]; en: string[] };
}

export type Values = Record<string, string | boolean | undefined>;
export type ParseOutcome =
  { kind: 'ok'; values: Values; positionals: string[]; tip?: { zh: string; en: string } } | { kind: 'help' } | { kind: 'error'; zh: string; en: string };

/** Edit distance, to name the closest known option. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]!;
}

/** The known names closest to what was typed: those it begins or that begin it (`reason` → both reasons), or the nearest spellings. */
export function closestNames(typed: string, known: string[]): string[] {
  const name = typed.toLowerCase();
  if (!name) return [];
  const starting = known.filter((k) => k.startsWith(name) || name.startsWith(k));
  if (starting.length) return starting.sort((a, b) => distance(name, a) - distance(name, b)).slice(0, 2);
  const best = Math.min(...known.map((k) => distance(name, k)));
  return best <= Math.max(2, Math.floor(name.length / 3)) ? known.filter((k) => distance(name, k) === best) : [];
}

/** The known options closest to an unknown one (`--reason` → `--reason-zh`, `--reason-en`; `—year` → `--year`). */
export function closestOptions(typed: string, known: string[]): string[] {
  return closestNames(typed.replace(/^[-—–－−]+/, '').split('=')[0]!, [...known, 'help']).map((k) => `--${k}`);
}

/** Pure: what the arguments (and, under `npm run`, npm's environment) ask for. */
export function parseCommandLine(spec: CommandSpec, argv: string[], env: NodeJS.ProcessEnv = {}): ParseOutcome {
  const values: Values = {};
  const positionals: string[] = [];
  const known = Object.keys(spec.options);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help' || arg === '-help' || arg === '/?') return { kind: 'help' };
    // A dash that is not an ASCII hyphen: Word and WPS turn "--" into "–" or "—".
    if (/^[—–－−]/.test(arg)) {
      return { kind: 'error', ...inBoth(msg('cli.notHyphens', { arg, meant: closestOptions(arg, known) })) };
    }
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg.replace(/^--?/, ''), undefined];
    const option = arg.startsWith('--') ? spec.options[rawName] : undefined;
    if (!option) {
      return { kind: 'error', ...inBoth(msg('cli.unknownOption', { arg, meant: closestOptions(arg, known) })) };
    }
    if (option.type === 'boolean') {
      if (inline !== undefined) return { kind: 'error', ...inBoth(msg('cli.noValueExpected', { name: rawName })) };
      values[rawName] = true;
      continue;
    }
    const next = inline ?? argv[i + 1];
    const missing = next === undefined || next === '' || (inline === undefined && /^--?[a-zA-Z]/.test(next) && !/^-\d/.test(next));
    if (missing) {
      const v = option.value!;
      return { kind: 'error', ...inBoth(msg('cli.valueMissing', { name: rawName, what: { zh: v.zh, en: v.en }, example: v.example })) };
    }
    values[rawName] = next;
    if (inline === undefined) i++;
  }

  // Under `npm run <script>` without `--`, npm keeps the options for itself and passes on only their values.
  // An option written on the command line means the arguments reached us whole (after `--`, or through npx).
  let tip: { zh: string; en: string } | undefined;
  if (env.npm_lifecycle_event === spec.script && !argv.some((a) => /^--?[a-zA-Z]/.test(a))) {
    const lost: string[] = [];
    const recovered: string[] = [];
    for (const [name, option] of Object.entries(spec.options)) {
      const key = name.replace(/-/g, '_');
      const negated = name.startsWith('no-') ? env[`npm_config_${key.slice(3)}`] : undefined;
      // npm expands an option it does not know to a setting of its own that begins the same (--replace → --replace-registry-host).
      const expanded = Object.entries(env).find(([k, v]) => k.startsWith(`npm_config_${key}_`) && (v === 'true' || v?.startsWith('--')));
      const kept = env[`npm_config_${key}`] ?? (negated === '' || negated === 'false' ? 'true' : undefined) ?? expanded?.[1];
      if (kept === undefined || values[name] !== undefined) continue;
      if (option.type === 'boolean' && kept === 'true') {
        values[name] = true;
        recovered.push(`--${name}`);
      } else if (option.type === 'string' && kept !== 'true' && !kept.startsWith('--')) {
        values[name] = kept; // --year=2024 reaches npm whole
        recovered.push(`--${name} ${kept}`);
      } else if (option.type === 'string' && kept === 'true' && option.value?.pattern) {
        const matching = positionals.filter((p) => option.value!.pattern!.test(p));
        if (matching.length === 1) {
          values[name] = matching[0];
          positionals.splice(positionals.indexOf(matching[0]!), 1);
          recovered.push(`--${name} ${matching[0]}`);
        } else lost.push(`--${name}`);
      } else lost.push(`--${name}`);
      if (expanded && option.type === 'boolean' && expanded[1]?.startsWith('--')) lost.push(expanded[1]);
    }
    if (lost.length || positionals.length > spec.maxPositionals) {
      const trap = { script: spec.script, bin: spec.bin, lost: [...new Set(lost)], example: `npx ${spec.bin} ${spec.examples[0]}`.trim() };
      return { kind: 'error', ...inBoth(msg('cli.npmTrap', trap)) };
    }
    if (recovered.length) tip = inBoth(msg('cli.npmTip', { script: spec.script, bin: spec.bin, recovered }));
  }

  if (positionals.length > spec.maxPositionals) {
    const extra = positionals.slice(spec.maxPositionals);
    // An unquoted file name with spaces: "tmp/2024 数据.csv" arrives as "tmp/2024" and "数据.csv".
    const joined = spec.fileArgument
      ? positionals.map((_, k) => positionals.slice(0, k + 1).join(' ')).find((p) => p.includes(' ') && fs.existsSync(p))
      : undefined;
    if (joined) {
      return { kind: 'error', ...inBoth(msg('cli.quoteFileName', { file: joined })) };
    }
    return { kind: 'error', ...inBoth(msg('cli.unexpectedArgument', { extra, takesArguments: spec.maxPositionals > 0 })) };
  }
  return { kind: 'ok', values, positionals, ...(tip ? { tip } : {}) };
}

/** Columns a text takes in a terminal: Chinese characters take two. */
const displayWidth = (s: string) =>
  [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(1, width - displayWidth(s)));

/** The help: Chinese first, then English. */
export function helpText(spec: CommandSpec): string {
  const hasOptions = Object.keys(spec.options).length > 0;
  const optionLines = (lang: 'zh' | 'en') => {
    const rows: [string, string][] = [
      ...Object.entries(spec.options).map(([n, o]): [string, string] => [
        `--${n}${o.value ? ` ${lang === 'zh' ? o.value.zh : `<${o.value.en}>`}` : ''}`,
        o.help[lang],
      ]),
      ['-h, --help', lang === 'zh' ? '显示本说明' : 'show this help'],
    ];
    const width = Math.max(...rows.map(([a]) => displayWidth(a))) + 3;
    return rows.map(([a, b]) => `  ${pad(a, width)}${b}`);
  };
  const usage = (lang: 'zh' | 'en') => ['npx', spec.bin, spec.args[lang], hasOptions ? (lang === 'zh' ? '[选项]' : '[options]') : ''].filter(Boolean).join(' ');
  return [
    `${spec.bin} — ${spec.summary.zh}`,
    `用法：${usage('zh')}`,
    '选项：',
    ...optionLines('zh'),
    '例如：',
    ...spec.examples.map((e) => `  npx ${spec.bin} ${e}`.trimEnd()),
    ...(spec.notes?.zh ?? []),
    `也可以写 npm run ${spec.script} -- …（npm run ${spec.script} 后面必须加“--”；npx ${spec.bin} 不需要）。`,
    '',
    `${spec.bin} — ${spec.summary.en}`,
    `Usage: ${usage('en')}`,
    'Options:',
    ...optionLines('en'),
    'Examples:',
    ...spec.examples.map((e) => `  npx ${spec.bin} ${e}`.trimEnd()),
    ...(spec.notes?.en ?? []),
    `The same runs as npm run ${spec.script} -- … (npm run ${spec.script} needs "--" before the arguments; npx ${spec.bin} does not).`,
  ].join('\n');
}

/** Parses the command line of a staff command: prints the help or the problem and exits, or returns what was asked. */
export function parseCommand(spec: CommandSpec, argv = process.argv.slice(2), env = process.env): { values: Values; positionals: string[] } {
  const outcome = parseCommandLine(spec, argv, env);
  if (outcome.kind === 'help') {
    console.log(helpText(spec));
    process.exit(0);
  }
  if (outcome.kind === 'error') {
    const usage = ['npx', spec.bin, spec.args.en, Object.keys(spec.options).length ? '[options]' : ''].filter(Boolean).join(' ');
    console.log(`✖ ${outcome.zh}\n  ${outcome.en}\n  用法 / Usage: ${usage}（说明 / help: npx ${spec.bin} --help）`);
    process.exit(1);
  }
  if (outcome.tip) console.log(`${outcome.tip.zh}\n${outcome.tip.en}`);
  return outcome;
}

/**
 * In Git Bash an unquoted backslash is an escape: tmp\x.csv arrives as tmpx.csv. Finds the file (under `dir`,
 * a few folders deep) whose path, with its separators removed, is what arrived.
 */
export function lostBackslashes(given: string, dir = process.cwd()): string | undefined {
  if (given.includes('/') || !fs.existsSync(dir)) return undefined;
  const skip = new Set(['node_modules', '.git', '.astro', 'dist', 'dist-demo']);
  const walk = (abs: string, rel: string, depth: number): string | undefined => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const joined = r.replace(/\//g, '');
      if (e.isFile() && joined === given) return r;
      if (e.isDirectory() && !skip.has(e.name) && depth < 4 && given.startsWith(joined)) {
        const found = walk(path.join(abs, e.name), r, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(dir, '', 0);
}

/**
 * What staff need of `astro check`'s output: its diagnostics (file:line:column - error …) and the summary, without
 * the colours, Vite's and Astro's progress lines and the data check it repeats. When no diagnostic can be found
 * in it (Astro itself failed), all of it, so that nothing is hidden.
 */
export function typeCheckReport(output: string): string {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
  const first = lines.findIndex((l) => /^\S.*:\d+:\d+ - (error|warning)\b/.test(l));
  if (first === -1) return lines.join('\n').trim();
  return lines
    .slice(first)
    .filter((l) => !/^\d\d:\d\d:\d\d \[/.test(l))
    .join('\n')
    .trim();
}
