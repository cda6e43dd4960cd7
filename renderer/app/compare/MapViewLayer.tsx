import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changesBetween } from '../../../shared/merge/changes-between';
import type { Bridge } from '../../bridge/api';
import type { JourneyStore } from '../../state/journey-store';
import type { MapView } from './compare-types';
import { CompareScreen } from './CompareScreen';
import { VersionViewer } from './VersionViewer';

/** What the map window shows over its editor, if anything: a version read-only, or a comparison. */
export function MapViewLayer({ view, store, bridge, onClose }: { view: MapView | null; store: JourneyStore; bridge: Bridge; onClose: () => void }) {
  const { t } = useTranslation();
  // Over the window, the editor below is out of reach: Tab stays in the comparison or the version.
  const shown = view !== null;
  useEffect(() => {
    if (!shown) return undefined;
    // The app and the panels floating over it (they are the body's other children).
    const below = [...document.body.children].filter((element) => !element.classList.contains('compare-screen') && !element.hasAttribute('inert'));
    for (const element of below) element.setAttribute('inert', '');
    return () => below.forEach((element) => element.removeAttribute('inert'));
  }, [shown]);
  if (view?.kind === 'version') {
    const restore = () => {
      if (!window.confirm(t('content.versions.confirmRestore', { name: view.version.name }))) return;
      store.transact('Restore version', changesBetween(store.document, view.document));
      onClose();
    };
    return <VersionViewer version={view.version} document={view.document} onBack={onClose} onRestore={restore} />;
  }
  if (view?.kind === 'compare') {
    return <CompareScreen before={view.before} after={view.after} exporter={{ api: bridge.api, nativeDialogs: bridge.hasNativeMenu }} onClose={onClose} />;
  }
  return null;
}
