import { convertToExcalidrawElements, Excalidraw, loadFromBlob, serializeAsJSON } from '@excalidraw/excalidraw';
import type { ExcalidrawElementSkeleton } from '@excalidraw/excalidraw/data/transform';
import type { ExcalidrawImperativeAPI, ExcalidrawInitialDataState } from '@excalidraw/excalidraw/types';
import '@excalidraw/excalidraw/index.css';
import { createRoot } from 'react-dom/client';

interface BenchPeer {
  api: ExcalidrawImperativeAPI;
  /** The scene as a .excalidraw file. */
  exportScene(): string;
  /** Skeleton mode: the labels have been wrapped again in Excalidraw's loaded font. */
  built: boolean;
}

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string;
    benchPeer?: BenchPeer;
  }
}

// Fonts come from the benchmark's own server, never from Excalidraw's CDN.
window.EXCALIDRAW_ASSET_PATH = '/';

const params = new URLSearchParams(window.location.search);
const sceneUrl = params.get('scene');
const skeletonUrl = params.get('skeleton');

const fetchBlob = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.blob();
};
const skeletons = skeletonUrl
  ? fetchBlob(skeletonUrl).then(async (blob) => JSON.parse(await blob.text()) as ExcalidrawElementSkeleton[])
  : null;

/**
 * `?scene=<url>` opens a saved .excalidraw file as a user would, scrolled to the top left at
 * 100% (as Waymark opens). `?skeleton=<url>` builds that file once from rectangles with labels.
 */
async function initialData(): Promise<ExcalidrawInitialDataState> {
  if (sceneUrl) {
    const data = await loadFromBlob(await fetchBlob(sceneUrl), null, null);
    return { ...data, appState: { ...data.appState, scrollX: 0, scrollY: 0 } };
  }
  if (!skeletons) throw new Error('pass ?scene= or ?skeleton=');
  return { elements: convertToExcalidrawElements(await skeletons), appState: { scrollX: 0, scrollY: 0 } };
}

/**
 * Excalidraw registers and loads its font only once a scene has text, after the first
 * conversion measured the labels in a fallback font: convert again with the font loaded, so
 * the saved file wraps them as Excalidraw would for a user.
 */
async function rebuildInLoadedFont(peer: BenchPeer, list: readonly ExcalidrawElementSkeleton[]): Promise<void> {
  const loaded = () => [...document.fonts].some((face) => face.family === 'Excalifont' && face.status === 'loaded');
  while (!loaded()) await new Promise((done) => setTimeout(done, 20));
  const characters = new Set(list.flatMap((s) => ('label' in s && s.label ? [...s.label.text] : [])));
  await document.fonts.load('16px Excalifont', [...characters].join(''));
  peer.api.updateScene({ elements: convertToExcalidrawElements([...list]) });
  peer.built = true;
}

const expose = (api: ExcalidrawImperativeAPI) => {
  const peer: BenchPeer = { api, exportScene: () => serializeAsJSON(api.getSceneElements(), api.getAppState(), api.getFiles(), 'local'), built: false };
  window.benchPeer = peer;
  if (skeletons) void skeletons.then((list) => rebuildInLoadedFont(peer, list));
};

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(<Excalidraw initialData={initialData} excalidrawAPI={expose} />);
