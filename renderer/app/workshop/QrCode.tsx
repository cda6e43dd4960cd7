import type { create as createQr } from 'qrcode';
import { useEffect, useState } from 'react';

const QUIET_ZONE = 4;

/** The QR library is loaded when a code is first shown: a map that is never shared never loads it. */
let library: Promise<{ create: typeof createQr }> | null = null;
const qrLibrary = () => (library ??= import('qrcode'));

interface Drawing { text: string; path: string; width: number }

function draw(create: typeof createQr, text: string): Drawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.data[row * modules.size + col]) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { text, path: d, width: modules.size + 2 * QUIET_ZONE };
}

/**
 * A QR code drawn here, as one SVG path of its dark modules (black on white with the quiet
 * zone the standard asks for): no image request, no markup from elsewhere, sharp at any size.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  useEffect(() => {
    let current = true;
    void qrLibrary().then(({ create }) => current && setDrawing(draw(create, text)));
    return () => {
      current = false;
    };
  }, [text]);
  // Until the library is in, the white square holds the code's place (and its label).
  const shown = drawing?.text === text ? drawing : null;
  const width = shown?.width ?? 1;
  return (
    <svg className="workshop-qr" role="img" aria-label={label} viewBox={`0 0 ${width} ${width}`} shapeRendering="crispEdges">
      <rect width={width} height={width} fill="#FFFFFF" />
      {shown && <path d={shown.path} fill="#000000" />}
    </svg>
  );
}
