import './present.css';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyLayout } from '../../shared/layout/layout';
import { cardsInRect } from '../../shared/layout/hit-test';
import { dimmedStageIds, focusRect } from '../../shared/presentation/focus';
import type { PresentationState, WalkPosition } from '../../shared/presentation/messages';
import { isSlide, stageStep } from '../../shared/presentation/walkthrough';
import { namedPills, usePillRoom } from './pill-fit';

interface Props {
  layout: JourneyLayout;
  walk: WalkPosition;
  state: Pick<PresentationState, 'overview' | 'marks' | 'laser'>;
  /** The presenting window jumps to a stage when its name is clicked; the audience's only shows. */
  onJump?: (stageNumber: number) => void;
  /** The map's name, for the title slide's label. */
  title?: string;
}

/** "Stage 3 of 6 · Purchase · part 1 of 2", or the lane in focus when going lane by lane. */
export function useStepLabel(layout: JourneyLayout, walk: WalkPosition, overview: boolean, title = ''): string {
  const { t } = useTranslation();
  const step = walk.step;
  if (overview || !step) return t('present.overviewLabel', { count: layout.stages.length });
  if (isSlide(step)) return step.slide === 'title' ? t('present.slide.titleLabel', { name: title || t('app.untitled') }) : t('present.slide.closingLabel');
  const stage = layout.stages.find((s) => s.id === step.stageId);
  const parts: string[] = [t('present.stageOf', { number: step.stageNumber, count: layout.stages.length, name: stage?.name ?? '' })];
  if (step.laneIds.length === 1 && step.parts > 1) parts.push(layout.lanes.find((l) => l.id === step.laneIds[0])?.name ?? '');
  else if (step.parts > 1) parts.push(t('present.partOf', { part: step.part, parts: step.parts }));
  return parts.join(' · ');
}

/**
 * The progress bar under the map: where the walk-through is, every stage by name with the
 * focused one marked (aria-current) and the dimmed ones said so, for screen readers too.
 */
export function ShowHud({ layout, walk, state, onJump, title = '' }: Props) {
  const { t } = useTranslation();
  const label = useStepLabel(layout, walk, state.overview, title);
  const shown = state.overview ? null : stageStep(walk.step);
  const focus = shown ? focusRect(layout, shown) : null;
  const dimmed = new Set(dimmedStageIds(layout, focus));
  const current = shown?.stageId;
  const percent = walk.count > 0 ? ((walk.position + 1) / walk.count) * 100 : 0;
  const bar = useRef<HTMLOListElement>(null);
  const { room, width } = usePillRoom(bar);
  const labels = layout.stages.map((stage, i) => ({ number: String(i + 1), full: `${i + 1} ${stage.name}` }));
  const named = width ? namedPills(labels, layout.stages.findIndex((s) => s.id === current), room, width) : labels.map(() => true);
  return (
    <>
    {/* The screen's heading: the map's name (a slide has its own). */}
    {(state.overview || !isSlide(walk.step)) && <h1 className="visually-hidden">{title || t('app.untitled')}</h1>}
    <footer className="show-hud" aria-label={t('present.progress')}>
      <div className="show-progress" role="progressbar" aria-label={t('present.progress')} aria-valuemin={1} aria-valuemax={Math.max(1, walk.count)}
        aria-valuenow={walk.position + 1} aria-valuetext={label}>
        <div className="show-progress-done" style={{ width: `${percent}%` }} />
      </div>
      <div className="show-hud-row">
        <p className="show-step-label" role="status" aria-live="polite" data-testid="show-step">{label}</p>
        <ol ref={bar} className="show-stages" aria-label={t('present.stages')}>
          {layout.stages.map((stage, i) => {
            const state = stage.id === current ? 'focused' : dimmed.has(stage.id) ? 'dimmed' : 'shown';
            const name = `${i + 1} ${stage.name}`;
            // A pill without room for its name shows its number alone, never a cut name.
            const text = named[i] === false ? String(i + 1) : name;
            return (
              <li key={stage.id} aria-current={stage.id === current ? 'step' : undefined} data-state={state} className={`show-stage is-${state}`}>
                {onJump ? <button type="button" title={name} aria-label={name} onClick={() => onJump(i + 1)}>{text}</button> : <span title={name} aria-label={name}>{text}</span>}
                {state === 'dimmed' && <span className="visually-hidden"> ({t('present.dimmed')})</span>}
              </li>
            );
          })}
        </ol>
      </div>
      {/* The canvas cannot be read aloud: what is in focus is listed for screen readers. */}
      <ul className="visually-hidden" aria-label={t('present.inFocus')} data-testid="cards-in-focus">
        {(focus ? cardsInRect(layout, focus) : []).map((card) => <li key={card.id}>{card.text}</li>)}
      </ul>
      <p className="visually-hidden" data-testid="show-pointer">
        {t('present.marksStatus', { count: state.marks.length })}{state.laser ? ` ${t('present.laserOn')}` : ''}
      </p>
    </footer>
    </>
  );
}
