/** Messages of importing a year's figures from a spreadsheet (src/lib/import/csv.ts). */
import { entry, ref, type Message } from '../entry.ts';

const SAVE_AS_CSV_ZH = '请在Excel或WPS中打开，“另存为”CSV格式（CSV UTF-8）后再导入';
const SAVE_AS_CSV_EN = 'open it in Excel or WPS, save it as CSV (File → Save As → CSV UTF-8), then import the CSV';

/** A column as the template names it in each language (csv.ts COLUMNS: the first name and the English one). */
interface Column {
  zh: string;
  en: string;
}

/** The other rows of a column read the same way, when there are any (`import.moreRows`). */
const more = { more: ref('import.moreRows', { count: 2, rows: [3, 5] }) as Message | undefined };

export const IMPORT = {
  'import.xlsx': entry({
    example: {},
    zh: () => '这是Excel工作簿（.xlsx），请在Excel或WPS中“另存为”CSV格式后再导入',
    en: () => 'this looks like an Excel workbook (.xlsx): save it as CSV in Excel or WPS, then import the CSV',
  }),
  'import.xls': entry({
    example: {},
    zh: () => `这是旧版Excel或WPS工作簿（.xls、.et）改了扩展名，不是CSV文件：${SAVE_AS_CSV_ZH}`,
    en: () => `this is an old Excel or WPS workbook (.xls, .et) renamed to .csv, not a CSV file: ${SAVE_AS_CSV_EN}`,
  }),
  'import.binary': entry({
    example: {},
    zh: () => `这不是CSV文件，而是二进制数据（可能是改了扩展名的工作簿或文档）：${SAVE_AS_CSV_ZH}`,
    en: () => `this is not a CSV file but binary data (perhaps a workbook or a document renamed to .csv): ${SAVE_AS_CSV_EN}`,
  }),
  'import.empty': entry({
    example: {},
    zh: () => '文件是空的：请在Excel或WPS中重新“另存为”CSV后再导入',
    en: () => 'the file is empty: save the filled-in spreadsheet as CSV again, then import it',
  }),
  'import.separator': entry({
    example: { separator: 'tabs' as 'tabs' | 'semicolons' },
    zh: (p) => `各列之间用${p.separator === 'tabs' ? '制表符' : '分号'}分隔（不是逗号），已按${p.separator === 'tabs' ? '制表符' : '分号'}读取`,
    en: (p) => `the columns are separated by ${p.separator}, not commas; the file was read that way`,
  }),
  'import.unpairedQuote': entry({
    example: {},
    zh: () => '这一行的英文双引号“"”不配对：请在 Excel 或 WPS 中重新输入这个单元格，或删去多余的引号',
    en: () => 'a quotation mark " is not paired on this line: in Excel or WPS retype the cell, or delete the stray "',
  }),
  'import.unreadable': entry({
    example: { error: 'Invalid Record Length' },
    zh: (p) => `文件不是可读取的CSV：${p.error}`,
    en: (p) => `the file is not a readable CSV: ${p.error}`,
  }),
  'import.headerNotFirst': entry({
    example: { above: 2 },
    zh: (p) => `表头（列名）必须在第1行：请删除${p.above === 1 ? '第1行' : `第1—${p.above}行`}（表头现在在第${p.above + 1}行）`,
    en: (p) => `the header row must be the first row: delete ${p.above === 1 ? 'row 1' : `rows 1–${p.above}`} (above the header row ${p.above + 1})`,
  }),
  'import.unknownColumn': entry({
    example: { expected: ['序号', '数值'] },
    zh: (p) => `无法识别的列名，应为以下之一：${p.expected.join('、')}（或其英文列名）`,
    en: (p) => `unknown column header; expected one of: ${p.expected.join('、')} (or their English names)`,
  }),
  'import.twoColumns': entry({
    example: { column: { zh: '数值', en: 'value' } as Column, first: 2, firstName: '数值', second: 7, secondName: '年度数值' },
    zh: (p) => `有两列都是“${p.column.zh}”：第${p.first}列“${p.firstName}”和第${p.second}列“${p.secondName}”；请只保留一列，删除另一列`,
    en: (p) =>
      `two columns for ${p.column.zh} (${p.column.en}): column ${p.first} "${p.firstName}" and column ${p.second} "${p.secondName}"; keep one and delete the other`,
  }),
  'import.noIndicatorColumn': entry({
    example: { count: 32 },
    zh: (p) => `缺少列：须有“序号”（1—${p.count}）或“指标标识”列`,
    en: (p) => `missing column: the indicator must be identified by 序号 (number 1–${p.count}) or 指标标识 (id)`,
  }),
  'import.missingColumn': entry({
    example: { column: { zh: '发布日期', en: 'published' } as Column },
    zh: (p) => `缺少列：${p.column.zh}`,
    en: (p) => `missing column: ${p.column.zh} (${p.column.en})`,
  }),
  'import.noDataRows': entry({
    example: {},
    zh: () => '文件只有表头，没有数据行：请填写模板中的各行，或检查是否选错了文件',
    en: () => 'the file has a header row but no data rows: fill in the rows of the template, or check that this is the right file',
  }),
  'import.headerRepeated': entry({
    example: { row: 5 },
    zh: (p) => `这一行重复了表头：请删除第${p.row}行`,
    en: (p) => `this row repeats the header row: delete row ${p.row}`,
  }),
  'import.extraCells': entry({
    example: { count: 1 },
    zh: (p) => `这一行比表头多${p.count}个单元格：数字中用了逗号（请写 22.5，不要写 22,5），或文字中有逗号却没有加引号；请改正这一行`,
    en: (p) =>
      `this row has ${p.count} more cell(s) than the header row: a comma inside a number (write 22.5, not 22,5) or inside a text cell without quotes; correct the row`,
  }),
  'import.cellWithoutHeading': entry({
    example: {},
    zh: () => '这个单元格所在的列没有列名（表头单元格合并了或是空的？）：请给这一列填上列名，或把数值移到正确的列',
    en: () =>
      'this cell is under a column without a heading (a merged or empty heading cell?): give the column its heading, or move the value to the right column',
  }),
  'import.numberDigitsOnly': entry({
    example: { count: 32 },
    zh: (p) => `序号只能填写数字：规划指标表中的1—${p.count}`,
    en: (p) => `the indicator number must be written as digits only: a number from 1 to ${p.count} as in the plan's table`,
  }),
  'import.unknownNumber': entry({
    example: { count: 32 },
    zh: (p) => `指标序号不存在：应为规划指标表中的1—${p.count}`,
    en: (p) => `unknown indicator number: expected 1–${p.count} as in the plan's table`,
  }),
  'import.moreRows': entry({
    example: { count: 2, rows: [3, 5] },
    zh: (p) => `本列另有${p.count}行也这样处理：第${p.rows.join(', ')}行`,
    en: (p) => `and in ${p.count} more ${p.count === 1 ? 'row' : 'rows'} of this column: ${p.rows.join(', ')}`,
  }),
  'import.readAsNumber': entry({
    example: { written: '第1项', number: 1, ...more },
    zh: (p, r) => `“${p.written}”已按序号${p.number}读取${p.more ? `（${r(p.more)}）` : ''}；序号一栏只需填写数字`,
    en: (p, r) => `read "${p.written}" as indicator number ${p.number}${p.more ? ` (${r(p.more)})` : ''}: write the number only`,
  }),
  'import.fullWidth': entry({
    example: { written: '２４．１', read: '24.1', ...more },
    zh: (p, r) => `全角字符已按半角读取：“${p.written}” → ${p.read}${p.more ? `（${r(p.more)}）` : ''}`,
    en: (p, r) => `full-width characters read as ordinary ones: "${p.written}" → ${p.read}${p.more ? ` (${r(p.more)})` : ''}`,
  }),
  'import.scientific': entry({
    example: { written: '1.23E+03', read: '1230', ...more },
    zh: (p, r) =>
      `数值是科学计数法：“${p.written}”已按 ${p.read} 读取${p.more ? `（${r(p.more)}）` : ''}；请核对这是否是准确的数值（Excel这样显示较长的数字时可能四舍五入），或把这一列设置为“数值”格式`,
    en: (p, r) =>
      `written in scientific notation: read "${p.written}" as ${p.read}${p.more ? ` (${r(p.more)})` : ''}; check that this is the exact figure (Excel shows long numbers this way and may round them), or format the column as Number`,
  }),
  'import.noIndicator': entry({
    example: { count: 32 },
    zh: (p) => `这一行填了数值，但没有写明是哪项指标：请填写“序号”（1—${p.count}）或“指标标识”`,
    en: (p) => `this row has figures but does not say which indicator they are for: fill in 序号 (1–${p.count}) or 指标标识`,
  }),
  'import.numberIdMismatch': entry({
    example: { number: 3, numberId: 'incidents', numberName: '突发环境事件发生次数', id: 'pm25', idNumber: 1, idName: '细颗粒物浓度' },
    zh: (p) => `序号${p.number}是 ${p.numberId}（${p.numberName}），但“指标标识”一栏写的是 ${p.id}，即第${p.idNumber}项（${p.idName}）：请改正其中一个`,
    en: (p) =>
      `序号 ${p.number} is ${p.numberId} (${p.numberName}), but 指标标识 says ${p.id}, which is number ${p.idNumber} (${p.idName}): correct one of them`,
  }),
  'import.nameMismatch': entry({
    example: {
      by: '序号 2',
      shown: '地表水考核断面水质优良比例',
      written: '森林覆盖率',
      other: { number: 5, id: 'forest' } as { number: number; id: string } | undefined,
    },
    zh: (p) =>
      `${p.by} 是“${p.shown}”，但“指标名称”一栏写的是“${p.written}”${p.other ? `（第${p.other.number}项指标的名称）` : ''}：请核对这一行是哪项指标，改正序号或名称`,
    en: (p) =>
      `${p.by} is ${p.shown}, but the name column says ${p.written}${p.other ? ` (indicator ${p.other.number}, ${p.other.id})` : ''}: check which indicator this row is for, and correct the number or the name`,
  }),
  'import.duplicateRow': entry({
    example: { number: 3, id: 'incidents', line: 4 },
    zh: (p) => `重复行：第${p.number}项指标（${p.id}）已在第${p.line}行出现`,
    en: (p) => `duplicate row: indicator ${p.number} (${p.id}) already appears on line ${p.line}`,
  }),
  'import.requiredEmpty': entry({
    example: { column: { zh: '发布日期', en: 'published' } as Column },
    zh: (p) => `必填单元格为空（${p.column.zh}）`,
    en: (p) => `required cell is empty (${p.column.en})`,
  }),
  'import.qualitative': entry({
    example: { number: 12 },
    zh: (p) => `第${p.number}项指标为定性目标：请填写“达到”或“未达到”`,
    en: (p) => `indicator ${p.number} has a qualitative target: write 达到 / met or 未达到 / not-met`,
  }),
  'import.notNumber': entry({
    example: {},
    zh: () => '数值必须是数字（可以有千位分隔符或末尾的%，不能有文字或单位）',
    en: () => 'the value must be a number (thousands separators and a trailing % are allowed; no words or units)',
  }),
  'import.decimalComma': entry({
    example: { meant: '22.5' },
    zh: (p) => `逗号不是小数点：您要填的是不是 ${p.meant}？小数请用英文句点“.”；逗号只能用作千位分隔符，例如 1,234`,
    en: (p) => `a comma is not a decimal point: did you mean ${p.meant}? write a point (.) for decimals; a comma may only group thousands, as in 1,234`,
  }),
  'import.date': entry({
    example: {},
    zh: () => '日期格式应为 2025-03-31 或 2025/3/31',
    en: () => 'expected a date such as 2025-03-31 or 2025/3/31',
  }),
  'import.noteTranslation': entry({
    example: {},
    zh: () => '缺少翻译：备注须同时填写中文和英文',
    en: () => 'missing translation: a note needs both Chinese and English',
  }),
  'import.confirmedTranslation': entry({
    example: {},
    zh: () => '缺少翻译：核实说明须同时填写中文和英文',
    en: () => 'missing translation: the reason a figure is right (核实说明) needs both Chinese and English',
  }),
  'import.noValues': entry({
    example: { rows: 32 },
    zh: (p) => `${p.rows}行中没有一行填写了数值：请至少填写一行，或检查是否选错了文件`,
    en: (p) => `none of the ${p.rows} rows has a value: fill in at least one row, or check that this is the right file`,
  }),
  'import.alreadyHas': entry({
    example: { file: 'data/plans/p/progress/2024.json', value: '24.1', indicator: 'pm25-concentration' },
    zh: (p) => `${p.file}中${p.indicator}已有数值${p.value}；如需更正已发布的数值，请加上 --replace --reason-zh "…" --reason-en "…" 重新导入`,
    en: (p) => `${p.file} already has ${p.value} for ${p.indicator}; to correct a published value run again with --replace --reason-zh "…" --reason-en "…"`,
  }),
  'import.reasonNeeded': entry({
    example: {},
    zh: () => '更正数值须用中英文说明原因：--reason-zh "…" --reason-en "…"',
    en: () => 'a correction needs its reason in Chinese and English: --reason-zh "…" --reason-en "…"',
  }),
};
