import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { JourneyVersion } from '../../../shared/ipc/versions';
import { computeLayout } from '../../../shared/layout/layout';
import { measureLines } from '../../canvas/measure';
import { useElementSize } from '../../present/use-element-size';
import { Modal } from '../../ui/Modal';
import { VersionBar } from '../read-only/VersionBar';
import { NO_GHOSTS, NO_MARKS, NONE } from './compare-types';
import { MapPane } from './MapPane';
import { usePanZoom } from './use-pan-zoom';
import './compare.css';

interface Props { version: JourneyVersion; document: JourneyDocument; onBack: () => void; onRestore: () => void }


/**
 * A version of the map shown read-only over the editor: drawn from the version's file, never
 * put in a store, so nothing can edit or save it. Escape or "Back to the map" returns.
 */
export function VersionViewer({ version, document: doc, onBack, onRestore }: Props) {
  const { t } = useTranslation();
  const layout = useMemo(() => computeLayout(doc, measureLines), [doc]);
  const area = useRef<HTMLDivElement>(null);
  const size = useElementSize(area);
  const { viewport, bind } = usePanZoom({ width: layout.width, height: layout.height, top: layout.top }, size);
  return (
    <Modal className="compare-screen" backdropClassName={null} label={t('compare.version.title', { name: version.name })} onClose={onBack} portal>
      <VersionBar version={version} onBack={onBack} onRestore={onRestore} />
      <div ref={area} className="compare-area is-single">
        <MapPane label={t('compare.version.canvasLabel', { name: version.name, title: doc.journey.title })} cardsLabel={t('compare.version.cards')}
          layout={layout} viewport={viewport} size={size} bind={bind} marks={NO_MARKS} ghostCurves={[]} deltas={[]} formatDelta={() => ''} highlight={null} faded={NONE} ghosts={NO_GHOSTS} />
      </div>
    </Modal>
  );
}
