// @vitest-environment jsdom
// The Timeline component over the seed: lanes, marks, collapsing, selection, keyboard focus and zoom keys.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../components/setup-dom';
import { fitWindow } from '@/lib/layout/geometry';
import { Timeline, type TimelineProps } from '@/components/timeline/Timeline';
import { laneOrder, sceneFromRows } from '@/lib/layout/corpus-scene';
import { loadCorpus } from '@/lib/server/corpus';
import { actorLookup, statementRows } from '@/lib/view/rows';

const xs = loadCorpus();
const doc = xs[0]!.document.id;
const lookup = actorLookup(xs);
const rows = statementRows(xs, lookup);
const scene = sceneFromRows(laneOrder(rows, lookup), rows, xs, lookup, 'en');

afterEach(cleanup);

function setup(over: Partial<TimelineProps> = {}) {
  const props: TimelineProps = {
    scene,
    // Every mark in view (the first view, window null, fits where most marks are: tested apart).
    window: fitWindow(scene),
    onWindow: vi.fn(),
    selected: null,
    onSelect: vi.fn(),
    describe: (k) => `mark ${scene.key[k]}`,
    lang: 'en',
    zone: 'Europe/Moscow',
    width: 1000,
    onToggleGroup: vi.fn(),
    ...over,
  };
  return { ...render(<Timeline {...props} />), props };
}

describe('Timeline', () => {
  it('draws lanes grouped by side and one SVG mark per statement and event claim', () => {
    const { container } = setup();
    expect(container.querySelector('.timeline')?.getAttribute('data-renderer')).toBe('svg');
    const labels = [...container.querySelectorAll('.tl-lane text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Maria Zakharova', 'White House', 'CNN', 'Phone call']));
    expect(container.querySelectorAll('[data-key].tl-mark')).toHaveLength(scene.n);
    expect(screen.getByRole('button', { name: 'Collapse Russia' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('labels the axis in the chosen zone and language', () => {
    const w = { start: Date.UTC(2021, 11, 29, 12), end: Date.UTC(2021, 11, 31) };
    const en = setup({ window: w });
    const enTicks = [...en.container.querySelectorAll('.tl-tick text')].map((t) => t.textContent);
    expect(enTicks).toContain('30 Dec');
    cleanup();
    const ar = setup({ window: w, lang: 'ar' });
    const arTicks = [...ar.container.querySelectorAll('.tl-tick text')].map((t) => t.textContent ?? '');
    expect(arTicks.some((t) => /٣٠ ديسمبر/.test(t))).toBe(true);
    expect(arTicks.join('')).not.toMatch(/[0-9]/);
  });

  it('collapsing a side folds its lanes into one row', () => {
    const open = setup();
    const tall = parseFloat((open.container.querySelector('.timeline') as HTMLElement).style.height);
    cleanup();
    const folded = setup({ collapsed: ['russia'] });
    expect(parseFloat((folded.container.querySelector('.timeline') as HTMLElement).style.height)).toBeLessThan(tall);
    expect(screen.getByRole('button', { name: 'Expand Russia' }).getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Expand Russia' }));
    expect(folded.props.onToggleGroup).toHaveBeenCalledWith('russia');
  });

  it('marks are reachable by keyboard: arrows move focus between marks, which announce themselves; Enter selects', () => {
    const { props } = setup();
    const first = document.querySelector<HTMLElement>('.tl-focus')!;
    first.focus();
    const start = first.getAttribute('data-key');
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const moved = document.activeElement as HTMLElement;
    expect(moved.classList.contains('tl-focus')).toBe(true);
    expect(moved.getAttribute('data-key')).not.toBe(start);
    expect(moved.getAttribute('aria-label')).toBe(`mark ${moved.getAttribute('data-key')}`);
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(`mark ${moved.getAttribute('data-key')}`);
    fireEvent.keyDown(moved, { key: 'Enter' });
    expect(props.onSelect).toHaveBeenCalledWith(moved.getAttribute('data-key'));
    fireEvent.keyDown(moved, { key: 'Escape' });
    expect(props.onSelect).toHaveBeenLastCalledWith(null);
  });

  it('a selected statement shows its ring and the ring of the claim it links to', () => {
    const { container } = setup({ selected: `${doc}/s69-69` });
    expect(container.querySelector('.tl-selected')).not.toBeNull();
    expect(container.querySelector('.tl-selected-link')).not.toBeNull();
    expect(container.querySelector('.tl-focus')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('+ zooms in and - zooms out around the view, through the same path as the wheel', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame'] });
    const w = { start: Date.UTC(2021, 11, 15), end: Date.UTC(2022, 0, 1) };
    const { props } = setup({ window: w });
    const focus = document.querySelector<HTMLElement>('.tl-focus')!;
    fireEvent.keyDown(focus, { key: '-' });
    await act(async () => vi.advanceTimersToNextFrame());
    const out = (props.onWindow as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0] as { start: number; end: number };
    expect(out.end - out.start).toBeCloseTo((w.end - w.start) * 1.25, -3);
    vi.useRealTimers();
  });

  it('0 fits everything', () => {
    const { props } = setup({ window: { start: 0, end: 1000 } });
    fireEvent.keyDown(document.querySelector('.tl-focus')!, { key: '0' });
    const fit = (props.onWindow as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0] as { start: number; end: number };
    expect(fit.start).toBeLessThanOrEqual(scene.extent!.start);
    expect(fit.end).toBeGreaterThanOrEqual(scene.extent!.end);
  });

  it('the overview strip is the brush’s keyboard twin: arrows move the window, + and − resize it, in screen direction', () => {
    const w = { start: Date.UTC(2021, 11, 20), end: Date.UTC(2021, 11, 30) };
    const { props } = setup({ window: w, overview: true, zone: 'UTC' });
    const strip = screen.getByRole('group', { name: /^Overview/ });
    expect(strip.getAttribute('aria-description')).toBe('Visible window: 20 Dec 2021 – 29 Dec 2021');
    fireEvent.keyDown(strip, { key: 'ArrowRight' });
    const day = 86_400_000;
    expect((props.onWindow as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0]).toEqual({ start: w.start + day, end: w.end + day });
    fireEvent.keyDown(strip, { key: '+' });
    const narrower = (props.onWindow as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0] as { start: number; end: number };
    expect(narrower.end - narrower.start).toBeCloseTo((w.end - w.start) / 1.25, -2);
    cleanup();
    const mirrored = setup({ window: w, overview: true, timeRtl: true });
    fireEvent.keyDown(screen.getByRole('group', { name: /^Overview/ }), { key: 'ArrowRight' });
    expect((mirrored.props.onWindow as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0]).toEqual({ start: w.start - day, end: w.end - day });
  });

  it('an article’s script tag in a label stays text', () => {
    const hostile = { ...scene, label: scene.label.map(() => '<script>window.__pwned=1</script>') };
    const { container } = setup({ scene: hostile, window: { start: Date.UTC(2021, 11, 10), end: Date.UTC(2022, 0, 2) } });
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>');
  });
});
