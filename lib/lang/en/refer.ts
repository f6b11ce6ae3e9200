// What a definite phrase names again in English news: "the minister" the last minister, "the official" the last
// official the text described, "the alliance" the last alliance, "his ministry" the last ministry.

interface Candidate {
  kind: string;
  names: { en: string[] };
  roles: { title: string }[];
}

const PERSON: Record<string, (titles: string[], names: string, of: (string | undefined)[]) => boolean> = {
  minister: (t) => t.some((x) => x.includes('minister')),
  'foreign minister': (t) => t.includes('foreign-minister'),
  'foreign secretary': (t) => t.includes('foreign-minister'),
  'prime minister': (t) => t.includes('prime-minister'),
  // "The Secretary" is a secretary: of state or defence in Washington, of state for foreign affairs in London.
  secretary: (t, _n, of) => t.some((x, k) => x.includes('secretary') || ((x === 'foreign-minister' || x === 'defense-minister') && (of[k] === 'united-states' || of[k] === 'united-kingdom'))),
  'under secretary': (t) => t.some((x) => x.includes('secretary')),
  'secretary-general': (t) => t.includes('secretary-general'),
  president: (t) => t.includes('president'),
  spokesman: (t) => t.includes('spokesperson'),
  spokeswoman: (t) => t.includes('spokesperson'),
  spokesperson: (t) => t.includes('spokesperson'),
  chancellor: (t) => t.includes('chancellor'),
  emir: (t) => t.includes('emir'),
  king: (t) => t.includes('king'),
  envoy: (t) => t.some((x) => x.includes('envoy') || x.includes('representative') || x.includes('coordinator')),
  negotiator: (t) => t.some((x) => x.includes('negotiator')),
  official: (t, n) => /official/i.test(n) || t.includes('unnamed source'),
  diplomat: (t, n) => /diplomat/i.test(n) || t.some((x) => x.includes('minister') || x.includes('ambassador') || x.includes('representative')),
};
const BODY: Record<string, (kind: string, names: string) => boolean> = {
  ministry: (k, n) => k === 'institution' && /ministry|foreign office|state department/i.test(n),
  alliance: (k) => k === 'alliance',
  bloc: (k) => k === 'alliance',
  organization: (k) => k === 'alliance' || k === 'institution',
  organisation: (k) => k === 'alliance' || k === 'institution',
  agency: (k, n) => k === 'media' || /agency/i.test(n),
  government: (k) => k === 'state',
  council: (k, n) => /council/i.test(n),
  embassy: (k, n) => /embassy/i.test(n),
  mission: (k, n) => /mission/i.test(n),
  administration: (k, n) => /white house|administration/i.test(n),
  kremlin: (k, n) => /kremlin|presidential/i.test(n),
  kingdom: (k, n) => k === 'state' && /kingdom|saudi|jordan|morocco|bahrain|britain/i.test(n),
  emirate: (k, n) => k === 'state' && /qatar|emirates|kuwait/i.test(n),
};

export function refersTo(anaphor: string, actor: Candidate): boolean {
  if (!anaphor.startsWith('en:')) return false;
  const [noun, state] = anaphor.slice(3).split('@') as [string, string | undefined];
  // "the Syrian minister" is a minister of Syria.
  if (state && !actor.roles.some((r) => (r as { of?: string }).of === state)) return false;
  const names = actor.names.en.join(' | ');
  const person = PERSON[noun];
  if (person) return actor.kind === 'person' && person(actor.roles.map((r) => r.title), names, actor.roles.map((r) => (r as { of?: string }).of));
  const body = BODY[noun];
  if (body) return actor.kind !== 'person' && body(actor.kind, names);
  // Plurals and groups (the ministers, the two sides, the mediators): an earlier group described so.
  return new RegExp(`\\b${noun.replace(/s$/, '')}s?\\b`, 'i').test(names);
}
