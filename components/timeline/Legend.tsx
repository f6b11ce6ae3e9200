// The key to the marks: each stance's glyph and colour, each event modality's band, links and open starts.
import { path as d3path } from 'd3';
import { GLYPH_R } from '@/lib/layout/draw';
import { EVENT_INK, LINK_INK, MODALITY_STYLE, STANCE_STYLE, glyph, modalityFill, strokedShape } from '@/lib/layout/style';
import { Modality, Stance } from '@/lib/model/schema';
import { MESSAGES, type UiLang } from '@/lib/view/i18n';

function Glyph({ stance }: { stance: Stance }) {
  const st = STANCE_STYLE[stance];
  const p = d3path();
  glyph(p, st.shape, 8, 8, GLYPH_R);
  return (
    <svg width={16} height={16} aria-hidden="true">
      <path d={p.toString()} fill={strokedShape(st.shape) ? 'none' : st.color} stroke={strokedShape(st.shape) ? st.color : 'none'} strokeWidth={2.25} />
    </svg>
  );
}

function Band({ modality }: { modality: Modality }) {
  const m = MODALITY_STYLE[modality];
  return (
    <svg width={28} height={16} aria-hidden="true">
      <rect x={1} y={3} width={26} height={10} fill={modalityFill(modality, true)} stroke={EVENT_INK} strokeWidth={1.5} strokeDasharray={m.dash ? '5 3' : undefined} />
      {m.strike && <line x1={4} y1={14} x2={24} y2={2} stroke={EVENT_INK} strokeWidth={1.5} />}
    </svg>
  );
}

export function Legend({ lang }: { lang: UiLang }) {
  const t = MESSAGES[lang];
  return (
    <div className="tl-legend" aria-label={t.legend} role="group">
      <div>
        <strong>{t.legendStatements}</strong>
        <ul>
          {Stance.options.map((s) => (
            <li key={s} data-stance={s}>
              <Glyph stance={s} /> {t.stanceName[s]}
            </li>
          ))}
          <li>
            <svg width={42} height={16} aria-hidden="true">
              <rect x={2} y={7} width={30} height={1.5} fill={STANCE_STYLE.state.color} />
              <circle cx={36} cy={8} r={4} fill={STANCE_STYLE.state.color} />
            </svg>{' '}
            {t.legendOpen}
          </li>
        </ul>
      </div>
      <div>
        <strong>{t.legendEvents}</strong>
        <ul>
          {Modality.options.map((m) => (
            <li key={m} data-modality={m}>
              <Band modality={m} /> {t.modalityName[m]}
            </li>
          ))}
          <li>
            <svg width={28} height={16} aria-hidden="true">
              <line x1={2} y1={8} x2={26} y2={8} stroke={LINK_INK} strokeWidth={1.5} />
            </svg>{' '}
            {t.legendLink}
          </li>
          <li>
            <svg width={28} height={16} aria-hidden="true">
              <line x1={2} y1={8} x2={26} y2={8} stroke={LINK_INK} strokeWidth={1.5} strokeDasharray="4 3" />
            </svg>{' '}
            {t.legendLinkOther}
          </li>
        </ul>
      </div>
    </div>
  );
}
