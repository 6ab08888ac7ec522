/** Messages of reports.json: which reports are published, and when (src/lib/reports/publication.ts). */
import { entry } from '../entry.ts';

export const REPORTS = {
  'reports.yearOutsidePeriod': entry({
    example: { start: 2021, end: 2025 },
    zh: (p) => `报告年份须在规划期${p.start}—${p.end}年之内`,
    en: (p) => `the report year must be within the plan period ${p.start}–${p.end}`,
  }),
  'reports.listedTwice': entry({
    example: { other: 'reports[0]' },
    zh: (p) => `该年份重复列出（另见${p.other}）`,
    en: (p) => `this year is listed twice (also ${p.other})`,
  }),
  'reports.noFigures': entry({
    example: { year: 2024 },
    zh: (p) => `${p.year}年尚无数据（该年度数据文件中没有任何数值），不能发布该年度报告`,
    en: (p) => `there are no figures for ${p.year} (no observations in the ${p.year} progress file), so its report cannot be published`,
  }),
  'reports.datedBeforeFigures': entry({
    example: { year: 2024, last: '2025-05-20' },
    zh: (p) =>
      `报告发布日期早于${p.year}年部分数据的发布日期（最后一项于${p.last}发布）：报告按发布日期当天的公布值显示，不含这些数据；如这些数据应纳入报告，请核对发布日期`,
    en: (p) =>
      `the report is dated before some of the ${p.year} figures were published (the last of them on ${p.last}): it shows the figures as they stood on its date, without those; check the date if they should be in it`,
  }),
  'reports.futureDate': entry({
    example: { today: '2025-06-30' },
    zh: (p) => `发布日期晚于今天（${p.today}）：请在实际发布的当天填写发布日期`,
    en: (p) => `the publication date is in the future (today is ${p.today}): publish the report on the day it is published`,
  }),
};
