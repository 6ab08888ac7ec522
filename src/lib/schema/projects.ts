import { z } from 'astro/zod';
import { FiniteNumber, IsoDate, Localized, localized, PlanRef, plainText, Slug, Source } from './common.ts';
import { msg } from '../messages/message.ts';
import { schemaText } from '../messages/zod.ts';

/** The plan's own words: at least two characters. */
const PlanWords = () => plainText('name').min(2, schemaText(msg('text.phraseTooShort')));

export const PROJECT_STATUSES = ['planned', 'in-progress', 'completed', 'delayed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const StatusUpdate = z.strictObject({
  status: z.enum(PROJECT_STATUSES),
  date: IsoDate,
  note: localized('note').optional(),
  /** Every status update must say where it comes from. */
  source: Source,
});
export type StatusUpdate = z.infer<typeof StatusUpdate>;

export const ProjectCategory = z.strictObject({
  id: Slug,
  /** One of the boxes declared in plan.json; omitted for projects named in the chapter text. */
  box: Slug.optional(),
  name: Localized,
});

export const QuantitativeGoal = z.strictObject({
  /** The goal as the plan words it, e.g. zh "植树造林2万亩", en "afforestation of 20,000 mu". */
  text: localized('note'),
  quantity: FiniteNumber.optional(),
  unit: localized('label').optional(),
});

export const Project = z.strictObject({
  id: Slug,
  name: Localized,
  category: Slug,
  /** The plan's own words naming this project, verbatim from the Chinese text. */
  sourcePhrase: PlanWords(),
  /** Other verbatim phrases naming the same project elsewhere in the plan. */
  alsoNamedAs: z.array(PlanWords()).default([]),
  description: localized('text'),
  sections: z.array(PlanRef).min(1),
  places: z.array(Slug).default([]),
  goals: z.array(QuantitativeGoal).default([]),
  indicators: z.array(Slug).default([]),
  /** Dated status updates, oldest first. Empty: "no progress update published" (nothing known, not "as planned"). */
  statusHistory: z.array(StatusUpdate).default([]),
});
export type Project = z.infer<typeof Project>;

export const ProjectsFile = z.strictObject({
  categories: z.array(ProjectCategory),
  projects: z.array(Project),
});
export type ProjectsFile = z.infer<typeof ProjectsFile>;

export const PLACE_KINDS = ['town', 'township', 'subdistrict', 'river', 'lake', 'reservoir', 'mountain', 'park', 'area'] as const;

export const Place = z.strictObject({
  id: Slug,
  kind: z.enum(PLACE_KINDS),
  name: Localized,
  /** Plan passages that name this place. */
  passages: z.array(PlanRef).min(1),
  note: localized('note').optional(),
});
export type Place = z.infer<typeof Place>;

export const PlacesFile = z.strictObject({ places: z.array(Place) });
