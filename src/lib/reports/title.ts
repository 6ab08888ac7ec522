import { useTranslations, type Lang } from '../../i18n/index.ts';
import type { ReportKind } from './model.ts';

export function reportTitle(year: number, kind: ReportKind, lang: Lang): string {
  return useTranslations(lang)(`reports.${kind}`, { year });
}
