import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareCanvas, type CompareCanvasProps } from '../../canvas/compare/CompareCanvas';
import type { Size } from '../../editor/viewport';

interface Props extends Omit<CompareCanvasProps, 'view' | 'blueprintLabels' | 'markName' | 'ghostName'> {
  /** The pane's heading (which map it shows); none for a single map. */
  heading?: string;
  size: Size;
  bind: (element: HTMLElement | null) => (() => void) | undefined;
  label: string;
}

/** One read-only map canvas in a pane: a focusable host that pans and zooms, and the canvas. */
export function MapPane({ heading, size, bind, label, ...canvas }: Props) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement | null>(null);
  useEffect(() => bind(host.current), [bind]);
  const blueprintLabels = { interaction: t('blueprint.interaction'), visibility: t('blueprint.visibility'), internalInteraction: t('blueprint.internalInteraction') };
  return (
    <section className="compare-pane" aria-label={heading ?? label}>
      {heading && <h3 className="compare-pane-heading">{heading}</h3>}
      <div className="compare-canvas" tabIndex={0} role="img" aria-label={label} ref={host}>
        <CompareCanvas {...canvas} view={size} blueprintLabels={blueprintLabels} markName={(mark) => t(`compare.mark.${mark}`)} ghostName={t('compare.ghost')} />
      </div>
    </section>
  );
}
