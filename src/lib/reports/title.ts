import { useTranslations, type Lang } from '../../i18n/index.ts';
import type { ReportKind } from './model.ts';

export function reportTitle(year: number, kind: ReportKind, lang: Lang): string {
  return useTranslations(lang)(`reports.${kind}`, { year });
}

/** The file name of a report's PDF (rendered by the build, scripts/lib/report-pdfs.ts, beside the report page). */
export function reportPdfName(year: number, lang: Lang): string {
  return `report-${year}-${lang}.pdf`;
}
