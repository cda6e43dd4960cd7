import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyLayout } from '../../../shared/layout/layout';
import { fitZoom, focusRect, focusViewport } from '../../../shared/presentation/focus';
import { stageLayout } from '../../../shared/presentation/stage-layout';
import { stageStep, type ShowStep } from '../../../shared/presentation/walkthrough';
import { ShowCanvas } from '../canvas/ShowCanvas';
import { useStepLabel } from '../ShowHud';
import type { ShowTheme } from '../themes';
import { useElementSize } from '../use-element-size';

interface Props { layout: JourneyLayout; title: string; step: ShowStep | null; position: number; count: number; theme: ShowTheme }

/** What the room sees after the next key press, small, with its label. */
export function NextStepPreview({ layout, title, step, position, count, theme }: Props) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const size = useElementSize(frame);
  const label = useStepLabel(layout, { position, count, step }, false, title);
  const stage = stageStep(step);
  // The next stage as it will be presented (its empty card lanes shrunk).
  const shown = stage ? stageLayout(layout, stage.stageId) : layout;
  const rect = stage ? focusRect(shown, stage) : null;
  return (
    <section className="presenter-next" aria-labelledby="presenter-next-heading">
      <h2 id="presenter-next-heading">{t('present.next')}</h2>
      <p className="presenter-step-label" data-testid="presenter-next">{step ? label : t('present.lastStep')}</p>
      <div className="presenter-preview" ref={frame} aria-hidden="true">
        {rect && size.width > 0 && (
          <ShowCanvas layout={shown} viewport={focusViewport(shown, rect, size, fitZoom(shown, rect, size))} view={size} focus={rect} marks={[]} laser={null} theme={theme} />
        )}
      </div>
    </section>
  );
}
