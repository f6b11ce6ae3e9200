// Split a text into runs for the reader: each run knows which extracted things cover it, so
// nested and overlapping spans (a time expression inside a statement's content) both show.
export type MarkKind = 'actor' | 'cue' | 'time' | 'content' | 'channel';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** What the mark points at (actor id, statement id, time expression id). */
  ref: string;
}

export interface Run {
  start: number;
  end: number;
  marks: Mark[];
}

export function toRuns(length: number, marks: Mark[]): Run[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    if (m.start < m.end && m.start >= 0 && m.end <= length) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    runs.push({ start, end, marks: marks.filter((m) => m.start <= start && end <= m.end) });
  }
  return runs;
}
