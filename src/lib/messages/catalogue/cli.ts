/**
 * Messages of the staff commands (scripts/: plan-check, plan-import, plan-new-report, plan-new-plan,
 * plan-check-translation): their command lines (scripts/lib/cli.ts) and why they stop.
 */
import { entry } from '../entry.ts';

/** What an option's value is, as the command's description names it in each language (commands.ts). */
interface ValueName {
  zh: string;
  en: string;
}

export const CLI = {
  // The command line (scripts/lib/cli.ts).
  'cli.notHyphens': entry({
    example: { arg: '—year', meant: ['--year'] },
    zh: (p) =>
      `“${p.arg}”开头的横线不是两个英文连字符“--”${p.meant.length ? `：请写 ${p.meant.join(' 或 ')}` : ''}（从 Word 或网页复制的命令常有这种横线，请手工输入）`,
    en: (p) =>
      `"${p.arg}" does not start with two ASCII hyphens "--"${p.meant.length ? `: write ${p.meant.join(' or ')}` : ''} (commands copied from Word or a web page often have such dashes; type them by hand)`,
  }),
  'cli.unknownOption': entry({
    example: { arg: '--reason', meant: ['--reason-zh', '--reason-en'] },
    zh: (p) => `无法识别的选项 ${p.arg}${p.meant.length ? `。您是不是要写 ${p.meant.join(' 或 ')}？` : '。'}`,
    en: (p) => `Unknown option ${p.arg}.${p.meant.length ? ` Did you mean ${p.meant.join(' or ')}?` : ''}`,
  }),
  'cli.noValueExpected': entry({
    example: { name: 'replace' },
    zh: (p) => `--${p.name} 后面不用写值（写 --${p.name} 即可）`,
    en: (p) => `--${p.name} takes no value (write --${p.name} alone)`,
  }),
  'cli.valueMissing': entry({
    example: { name: 'year', what: { zh: '年份', en: 'year' } as ValueName, example: '2024' as string | undefined },
    zh: (p) => `缺少${p.what.zh}：--${p.name} 后面要写${p.what.zh}${p.example ? `，例如 --${p.name} ${p.example}` : ''}`,
    en: (p) => `The ${p.what.en} is missing: write it after --${p.name}${p.example ? `, e.g. --${p.name} ${p.example}` : ''}`,
  }),
  'cli.npmTrap': entry({
    example: { script: 'import', bin: 'plan-import', lost: ['--replace'], example: 'npx plan-import tmp/2024年数据.csv --year 2024' },
    zh: (p) =>
      `命令中 npm run ${p.script} 后面少了“--”，npm 把选项${p.lost.length ? ` ${p.lost.join('、')} ` : ''}当成了它自己的设置，命令没有执行。请改用 npx ${p.bin} 加上原来的参数（不需要“--”），例如：${p.example}；或者写 npm run ${p.script} -- …`,
    en: (p) =>
      `"npm run ${p.script}" was not followed by "--", so npm took the options${p.lost.length ? ` ${p.lost.join(', ')}` : ''} as its own settings; nothing was done. Type npx ${p.bin} with the same arguments instead (no "--" needed), e.g. ${p.example}; or write npm run ${p.script} -- …`,
  }),
  'cli.npmTip': entry({
    example: { script: 'import', bin: 'plan-import', recovered: ['--year 2024'] },
    zh: (p) => `提示：npm run ${p.script} 后面少了“--”，这次已按 ${p.recovered.join(' ')} 处理。以后可以直接写 npx ${p.bin} …（不需要“--”）。`,
    en: (p) =>
      `Tip: "npm run ${p.script}" was not followed by "--"; read as ${p.recovered.join(' ')} this time. Next time type npx ${p.bin} … (no "--" needed).`,
  }),
  'cli.quoteFileName': entry({
    example: { file: 'tmp/2024 数据.csv' },
    zh: (p) => `文件名中有空格，请用英文双引号把它括起来："${p.file}"`,
    en: (p) => `The file name has spaces: put it in double quotes: "${p.file}"`,
  }),
  'cli.unexpectedArgument': entry({
    example: { extra: ['b.csv'], takesArguments: true },
    zh: (p) => `多余的参数：${p.extra.join(' ')}${p.takesArguments ? '。文件名或文字中有空格时，请用英文双引号括起来' : '（选项以 -- 开头）'}`,
    en: (p) =>
      `Unexpected argument: ${p.extra.join(' ')}${p.takesArguments ? '. Put a file name or a text with spaces in double quotes' : ' (options start with --)'}`,
  }),

  // Choosing the plan (scripts/lib/plan-arg.ts).
  'cli.dataHasErrors': entry({
    example: {},
    zh: () => '现有数据有错误，请先修正（见上），或运行 npx plan-check 查看',
    en: () => 'The existing data has errors: fix them first (above), or run npx plan-check',
  }),
  'cli.noSuchPlan': entry({
    example: { id: 'plan-2026-2031', near: ['plan-2026-2030'], plans: ['plan-2021-2025', 'plan-2026-2030'] },
    zh: (p) => `没有标识为“${p.id}”的规划。${p.near.length ? `您是不是要写 ${p.near.join(' 或 ')}？` : ''}本网站的规划：${p.plans.join('、')}`,
    en: (p) => `There is no plan "${p.id}".${p.near.length ? ` Did you mean ${p.near.join(' or ')}?` : ''} The site's plans: ${p.plans.join(', ')}`,
  }),

  // plan-import (scripts/import.ts).
  'cli.nameCsv': entry({
    example: { year: '2024' },
    zh: (p) => `请指定CSV文件：npx plan-import 文件.csv --year ${p.year}`,
    en: (p) => `Name the CSV file: npx plan-import file.csv --year ${p.year}`,
  }),
  'cli.importYear': entry({
    example: { start: 2021, end: 2025, found: '2030' as string | undefined },
    zh: (p) => `请用 --year 指定${p.start}—${p.end}之间的年份${p.found ? `（填写的是 ${p.found}）` : ''}`,
    en: (p) => `Give the year with --year (${p.start}–${p.end})${p.found ? `; found ${p.found}` : ''}`,
  }),
  'cli.fileNotFoundBackslash': entry({
    example: { file: 'tmpdata.csv', meant: 'tmp/data.csv' },
    zh: (p) =>
      `找不到文件：${p.file}。您是不是要导入 ${p.meant}？Git Bash 会去掉路径中没有引号的“\\”：请写成 ${p.meant}（用“/”代替“\\”），或用英文双引号把路径括起来。`,
    en: (p) =>
      `File not found: ${p.file}. Did you mean ${p.meant}? Git Bash drops a "\\" that is not in quotes: write ${p.meant} (use / instead of \\), or put the path in double quotes.`,
  }),
  'cli.fileNotFound': entry({
    example: { file: 'tmp/x.csv', backslashes: false },
    zh: (p) =>
      `找不到文件：${p.file}。${p.backslashes ? '路径中的“\\”会被 Git Bash 去掉：请用“/”代替“\\”（例如 C:/Users/…/数据.csv），或用英文双引号把路径括起来。' : '请检查文件名和文件夹；文件在 tmp 文件夹中时写 tmp/文件名.csv。'}`,
    en: (p) =>
      `File not found: ${p.file}. ${p.backslashes ? 'Git Bash drops "\\" from paths: use / instead of \\ (e.g. C:/Users/…/data.csv), or put the path in double quotes.' : 'Check the file and folder names; a file in the tmp folder is tmp/<name>.csv.'}`,
  }),
  'cli.isFolder': entry({
    example: { file: 'tmp' },
    zh: (p) => `${p.file} 是文件夹，不是文件：请写出CSV文件的名称`,
    en: (p) => `${p.file} is a folder, not a file: name the CSV file`,
  }),
  'cli.importStopped': entry({
    example: { errors: 3 },
    zh: (p) => `导入未完成：共${p.errors}个错误，未写入任何文件。`,
    en: (p) => `Import stopped: ${p.errors} errors; nothing was written.`,
  }),

  // plan-new-report (scripts/new-report.ts).
  'cli.reportYear': entry({
    example: { start: 2021, end: 2025 },
    zh: (p) => `用法：npx plan-new-report ${p.end}（年份须在${p.start}—${p.end}之间）`,
    en: (p) => `Usage: npx plan-new-report ${p.end} (a year from ${p.start} to ${p.end})`,
  }),
  'cli.noFiguresForReport': entry({
    example: { year: 2024 },
    zh: (p) => `${p.year}年尚无已公布的数据，不能撰写该年度报告。请先导入数据（npm run import）。`,
    en: (p) => `There are no published figures for ${p.year} yet, so there is no report to write. Import the figures first (npm run import).`,
  }),
  'cli.fileExists': entry({
    example: { file: 'src/content/plans/p/reports/zh/2024.mdx' },
    zh: (p) => `文件已存在，未覆盖：${p.file}`,
    en: (p) => `The file exists already and was not overwritten: ${p.file}`,
  }),

  // plan-new-plan (scripts/new-plan.ts).
  'cli.newPlanId': entry({
    example: { example: 'plan-2031-2035', id: 'Plan 2031' as string | undefined },
    zh: (p) => `用法：npx plan-new-plan 规划标识（小写英文字母、数字和连字符，例如 ${p.example}）${p.id ? `；“${p.id}”不能用作规划标识` : ''}`,
    en: (p) => `Usage: npx plan-new-plan <plan id> (lower-case letters, digits and hyphens, e.g. ${p.example})${p.id ? `; "${p.id}" cannot be a plan id` : ''}`,
  }),
  'cli.planExists': entry({
    example: { id: 'plan-2031-2035' },
    zh: (p) => `规划 ${p.id} 已存在，未做任何修改`,
    en: (p) => `Plan ${p.id} exists already; nothing was changed`,
  }),
  'cli.notTextFile': entry({
    example: { file: 'data/site.json' },
    zh: (p) => `${p.file} 不是文本文件，请先运行 npx plan-check 查看`,
    en: (p) => `${p.file} is not a text file; run npx plan-check first`,
  }),

  // The all-or-nothing build (scripts/lib/atomic-build.ts).
  'build.locked': entry({
    example: { dir: 'dist', pid: 1234 },
    zh: (p) => `另一个构建正在写入 ${p.dir}/（进程 ${p.pid}），请等它结束`,
    en: (p) => `Another build into ${p.dir}/ is running (process ${p.pid}); wait for it to finish.`,
  }),
  'build.astroExit': entry({
    example: { code: 1 },
    zh: (p) => `astro build 以退出码 ${p.code} 结束（原因见上方的输出）`,
    en: (p) => `astro build exited with ${p.code}`,
  }),
  'build.incomplete': entry({
    example: { missing: ['pagefind/', '_headers'] },
    zh: (p) => `构建不完整（缺少 ${p.missing.join('、')}）`,
    en: (p) => `the build is incomplete (missing ${p.missing.join(', ')})`,
  }),
  'build.pdfs': entry({
    example: { error: 'Chromium not found' },
    zh: (p) => `无法生成报告PDF：${p.error}`,
    en: (p) => `the report PDFs could not be rendered: ${p.error}`,
  }),
  'build.charts': entry({
    example: { error: 'Chromium not found' },
    zh: (p) => `无法生成图表图片：${p.error}`,
    en: (p) => `the chart images could not be rendered: ${p.error}`,
  }),
  'build.left': entry({
    example: { dir: 'dist', previous: true },
    zh: (p) => (p.previous ? `${p.dir}/ 保持原样（上一次完整的构建）` : `没有写入 ${p.dir}/`),
    en: (p) => (p.previous ? `${p.dir}/ is left as it was (the previous complete build)` : `no ${p.dir}/ was written`),
  }),

  // plan-check-translation (scripts/check-translation.ts).
  'cli.notUtf8': entry({
    example: { file: 'src/content/plans/p/en/chapter-1.mdx' },
    zh: (p) => `${p.file} 不是 UTF-8 文本文件，请先运行 npx plan-check 查看`,
    en: (p) => `${p.file} is not UTF-8 text; run npx plan-check first`,
  }),
  'cli.noChapter': entry({
    example: { plan: 'plan-2026-2030', chapter: '9' },
    zh: (p) => `${p.plan} 没有第${p.chapter}章`,
    en: (p) => `Plan ${p.plan} has no chapter ${p.chapter}`,
  }),
};
