/**
 * The toolbar's icons: simple strokes in the text colour, drawn inline (no icon font to load,
 * and every glyph exists whatever the language). Each icon button carries its name as
 * aria-label and title, so the icon is decoration for screen readers.
 */
const PATHS = {
  undo: 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'm15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  addStage: 'M4 4h7v16H4zM14 12h7M17.5 8.5v7',
  addLane: 'M3 5h18v6H3zM12 15v6M9 18h6',
  fit: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  autosave: 'M20 12a8 8 0 1 1-2.34-5.66M20 4v4h-4M12 8v4l3 2',
  views: 'M2 12s3.5-6 10-6 10 6 10 6-3.5 6-10 6-10-6-10-6zM12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
  saveAs: 'M5 3h11l3 3v6M5 3v18h7M8 3v5h7V3M16 21l5-5-2-2-5 5v2z',
  import: 'M12 3v11M7.5 9.5 12 14l4.5-4.5M4 15v5h16v-5',
  export: 'M12 14V3M7.5 7.5 12 3l4.5 4.5M4 15v5h16v-5',
  close: 'M6 6l12 12M18 6 6 18',
  chevron: 'm7 10 5 5 5-5',
  rollup: 'M3 4h18v4H3zM3 10h18v4H3zM3 16h18v4H3zM8 4v16',
  /** A phone with a note going out: the room's phones in a live workshop. */
  /** Bars of a ranking: a workshop's results. */
  results: 'M4 20V11M10 20V5M16 20v-6M2 20h20',
  workshop: 'M7 3h7a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM10 18h1M18 8a4 4 0 0 1 0 6M20.5 5.5a7.5 7.5 0 0 1 0 11',
  /** Two laptops side by side: editing the map together. */
  coedit: 'M2 6h8v6H2zM1 15h10M14 6h8v6h-8zM13 15h10M10 9h4',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2"
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}

/** A button that shows only its icon; its name is its label and its tooltip. */
export function IconButton({ icon, label, onClick, disabled, keys }: { icon: IconName; label: string; onClick: () => void; disabled?: boolean; keys?: string }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} aria-keyshortcuts={keys} onClick={onClick} disabled={disabled}>
      <Icon name={icon} />
    </button>
  );
}
