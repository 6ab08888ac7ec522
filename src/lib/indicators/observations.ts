/** Reading observations as they stood on a given date (for reports frozen as published). */
import type { Observation, ObservedValue } from '../schema/progress.ts';

export interface ValueAsOf {
  value: ObservedValue;
  published: string;
  source: Observation['source'];
  /** Set when this value was later replaced. */
  revisedLater?: { value: ObservedValue; published: string; reason: { zh: string; en: string } };
}

/**
 * The value of an observation that was in force on `date` (ISO), or undefined if it
 * had not been published yet. Without a date: the current value.
 */
export function valueAsOf(obs: Observation, date?: string): ValueAsOf | undefined {
  const versions = [
    ...obs.revisions.map((r) => ({ value: r.value, published: r.published, source: r.source, reason: r.reason })),
    { value: obs.value, published: obs.published, source: obs.source, reason: undefined },
  ];
  const inForce = date === undefined ? versions.length - 1 : versions.findLastIndex((v) => v.published <= date);
  if (inForce === -1) return undefined;
  const v = versions[inForce]!;
  const current = versions[versions.length - 1]!;
  return {
    value: v.value,
    published: v.published,
    source: v.source,
    ...(inForce < versions.length - 1 ? { revisedLater: { value: current.value, published: current.published, reason: v.reason! } } : {}),
  };
}
