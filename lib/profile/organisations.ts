/**
 * Grouping saved reports by organisation for the profile builder. The organisation of a report is
 * guessed from its page and editable, so spellings vary in case, spacing and accents: they are
 * folded for grouping, and the most frequent spelling names the group.
 */

/** The fields of a report summary the grouping needs. */
export interface OrganisationReport {
  id: string;
  organisation: string;
  savedAt: string;
}

/** One organisation and its reports, newest first. */
export interface OrganisationGroup<R extends OrganisationReport> {
  key: string;
  name: string;
  reports: R[];
}

/** The grouping key of an organisation name: case, accents and spacing do not matter. */
export function foldOrganisation(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s.,]+/g, ' ').trim();
}

/** Reports grouped by organisation (unnamed ones left out), most reports first, then by name. */
export function groupByOrganisation<R extends OrganisationReport>(reports: readonly R[]): OrganisationGroup<R>[] {
  const groups = new Map<string, { reports: R[]; spellings: Map<string, number> }>();
  for (const r of reports) {
    const name = r.organisation.trim();
    const key = foldOrganisation(name);
    if (!key) continue;
    const g = groups.get(key) ?? { reports: [] as R[], spellings: new Map<string, number>() };
    g.reports.push(r);
    g.spellings.set(name, (g.spellings.get(name) ?? 0) + 1);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      name: [...g.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      reports: [...g.reports].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0)),
    }))
    .sort((a, b) => b.reports.length - a.reports.length || a.name.localeCompare(b.name));
}

/** A file-name-safe slug of an organisation name ("Acme Water & Energy" → "acme-water-energy"). */
export function slug(name: string): string {
  return foldOrganisation(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'organisation';
}
