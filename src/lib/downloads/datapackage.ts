/**
 * A plan's downloads described as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * every CSV with its Table Schema (a field per column, its type and meaning in both languages), the JSON dataset,
 * the licence, the sources the figures come from and the publisher. Written next to the files it describes
 * (/<plan>/data/datapackage.json), so every path in it is relative to that folder.
 */
import type { PlanData } from '../data/load.ts';
import type { Localized } from '../schema/common.ts';
import type { Licence } from '../schema/site.ts';
import { planTranslations } from '../plan/vars.ts';
import type { UiKey } from '../../i18n/index.ts';
import { STATUSES } from '../indicators/assess.ts';
import { dataUpdated } from '../views/dates.ts';
import { packageLicence } from '../site/licence.ts';
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, SERIES_COLUMNS } from './tables.ts';
import { planPublisher } from '../site/publisher.ts';

type FieldType = 'string' | 'number' | 'integer' | 'date' | 'any';
interface Field {
  name: string;
  type: FieldType;
  title: string;
  description: string;
  constraints?: { enum?: string[]; required?: boolean };
}

/** The type of each column of the CSV downloads (tables.ts); a column holding numbers and words ("met") is "any". */
const TYPES: Record<string, FieldType> = {
  number: 'integer',
  indicator_number: 'integer',
  year: 'integer',
  status_year: 'integer',
  latest_year: 'integer',
  baseline: 'number',
  target_value: 'number',
  cumulative_total: 'number',
  path: 'number',
  target: 'number',
  published: 'date',
  source_date: 'date',
  value: 'any',
  latest_figure: 'any',
};
const ENUMS: Record<string, string[]> = {
  attribute: ['binding', 'anticipatory'],
  direction: ['higher', 'lower'],
  status: [...STATUSES],
  revised: ['yes', 'no'],
  demonstration: ['yes', 'no'],
};

function schema(columns: readonly string[], plan: PlanData, overrides: Record<string, FieldType> = {}) {
  const zh = planTranslations('zh', plan);
  const en = planTranslations('en', plan);
  const fields: Field[] = columns.map((name) => ({
    name,
    type: overrides[name] ?? TYPES[name] ?? 'string',
    title: name,
    // Both languages in one description: the specification has one; Chinese first, as on the site.
    description: `${zh(`column.${name}` as UiKey)} / ${en(`column.${name}` as UiKey)}`,
    ...(ENUMS[name] ? { constraints: { enum: ENUMS[name] } } : {}),
  }));
  // Empty cells are missing values; the "--" of a plan's table is text ('-- in the CSV, see inertCell).
  return { fields, missingValues: [''] };
}

const CSV = { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', dialect: { delimiter: ',', lineTerminator: '\r\n', header: true } };

export interface PackageInput {
  plan: PlanData;
  licence: Licence;
  publisher: Localized;
  /** The plan's data page on the public site, where it has an address. */
  homepage?: string | undefined;
  /** The demonstration build: said in the title and the description. */
  demo: boolean;
  demoLabel: Localized;
}

export function dataPackage({ plan, licence, publisher, homepage, demo, demoLabel }: PackageInput) {
  const t = { zh: planTranslations('zh', plan), en: planTranslations('en', plan) };
  const observations = plan.progress.flatMap((p) => p.data.observations);
  const sources = new Map<string, { title: string; path?: string }>();
  for (const o of observations) {
    for (const s of [o.source, ...o.revisions.map((r) => r.source)])
      sources.set(`${s.title}|${s.publisher}`, { title: `${s.title} (${s.publisher}, ${s.date})`, ...(s.url ? { path: s.url } : {}) });
  }
  const mark = demo ? ` — ${demoLabel.zh} / ${demoLabel.en}` : '';
  const issuer = planPublisher(plan, publisher);
  // Every resource names the licence too: a file taken away alone still says under what terms.
  const licenses = [packageLicence(licence)];
  const withLicence = <T extends object>(r: T) => ({ ...r, licenses });
  return {
    profile: 'data-package',
    name: plan.id,
    title: `${plan.plan.title.zh} / ${plan.plan.title.en}${mark}`,
    description: `${t.zh('data.packageDescription')} / ${t.en('data.packageDescription')}${mark}`,
    ...(homepage ? { homepage } : {}),
    // The date of the newest figure or text: the package changes only when its data do (builds are reproducible).
    created: `${dataUpdated(plan)}T00:00:00Z`,
    licenses,
    sources: [{ title: `${plan.plan.title.zh} ${plan.plan.indicatorTable.zh} (${issuer.zh})` }, ...sources.values()],
    contributors: [{ title: `${publisher.zh} / ${publisher.en}`, role: 'publisher' }],
    keywords: plan.indicators.groups.map((g) => g.name.en),
    resources: [
      {
        name: 'indicators',
        path: 'indicators.csv',
        title: `${t.zh('data.indicatorsCsv')} / ${t.en('data.indicatorsCsv')}`,
        profile: 'tabular-data-resource',
        ...CSV,
        schema: { ...schema(INDICATOR_COLUMNS, plan), primaryKey: ['id'] },
      },
      {
        name: 'observations',
        path: 'observations.csv',
        title: `${t.zh('data.observationsCsv')} / ${t.en('data.observationsCsv')}`,
        profile: 'tabular-data-resource',
        ...CSV,
        schema: { ...schema(OBSERVATION_COLUMNS, plan), primaryKey: ['indicator_id', 'year'] },
      },
      ...plan.indicators.indicators.map((i) => ({
        name: `indicator-${i.id}`,
        path: `indicators/${i.id}.csv`,
        title: `${i.name.zh} / ${i.name.en}`,
        profile: 'tabular-data-resource',
        ...CSV,
        // A qualitative target's value is a judgement ("met"), any other a number.
        schema: { ...schema(SERIES_COLUMNS, plan, { value: i.target.kind === 'qualitative' ? 'string' : 'number' }), primaryKey: ['year'] },
        ...(i.metadata ? { description: metadataText(i.metadata) } : {}),
      })),
      {
        name: 'dataset',
        path: 'dataset.json',
        title: `${t.zh('data.datasetJson')} / ${t.en('data.datasetJson')}`,
        profile: 'data-resource',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
    ].map(withLicence),
  };
}

/** An indicator's metadata (provider, method, frequency, contact) as one line of the resource's description. */
function metadataText(m: NonNullable<PlanData['indicators']['indicators'][number]['metadata']>): string {
  return Object.entries(m)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${(v as Localized).zh} / ${(v as Localized).en}`)
    .join('; ');
}
