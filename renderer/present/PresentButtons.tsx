import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByOrder } from '../../shared/document/order';
import type { JourneyDocument } from '../../shared/document/schema';
import { IconButton } from '../ui/icons';

interface Props {
  document: JourneyDocument;
  onPresent: (viewId: string | null) => void;
  onViews: () => void;
}

/** The toolbar's way into presenting: which view to present, Present (F5), and the saved views. */
export function PresentButtons({ document, onPresent, onViews }: Props) {
  const { t } = useTranslation();
  const [viewId, setViewId] = useState('');
  const views = sortByOrder(document.views);
  const chosen = views.some((v) => v.id === viewId) ? viewId : '';
  return (
    <div className="toolbar-group" role="group" aria-label={t('present.toolbar')}>
      {views.length > 0 && (
        <select aria-label={t('present.view')} value={chosen} onChange={(e) => setViewId(e.target.value)}>
          <option value="">{t('present.wholeMap')}</option>
          {views.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
        </select>
      )}
      <button type="button" className="primary" aria-keyshortcuts="F5" onClick={() => onPresent(chosen === '' ? null : chosen)}>{t('present.present')}</button>
      <IconButton icon="views" label={t('present.views.open')} onClick={onViews} />
    </div>
  );
}
