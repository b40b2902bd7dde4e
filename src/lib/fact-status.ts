/**
 * Where a fact stands, for readers: the newest change, in force, to a law it rests on, when that
 * change is recent enough to matter ("Aturan berubah sejak 2 Januari 2026"). Plain TypeScript.
 */
import type { Fact } from '../schemas/fact.ts';
import type { Law, LawChange } from '../schemas/law.ts';
import { changesInForce, concerns } from './facts.ts';

/** How long a change is news to a reader: two years, the same span as a lesson's review limit. */
export const RECENT_CHANGE_MONTHS = 24;

/** The newest change in force to any law under the fact that concerns its kind, if it took effect within RECENT_CHANGE_MONTHS of `today`. */
export function recentChange(fact: Pick<Fact, 'dasarHukum' | 'jenis'>, laws: ReadonlyMap<string, Pick<Law, 'perubahan'>>, today = new Date()): LawChange | undefined {
  const day = today.toISOString().slice(0, 10);
  const since = new Date(today);
  since.setUTCMonth(since.getUTCMonth() - RECENT_CHANGE_MONTHS);
  const earliest = since.toISOString().slice(0, 10);
  return fact.dasarHukum
    .flatMap((basis) => {
      const law = laws.get(basis.hukum);
      return law ? changesInForce(law, day).filter((change) => concerns(change, fact.jenis)) : [];
    })
    .filter((change) => change.berlaku >= earliest)
    .sort((a, b) => b.berlaku.localeCompare(a.berlaku))[0];
}
