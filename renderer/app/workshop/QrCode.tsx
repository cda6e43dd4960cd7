import { useMemo } from 'react';
import { create } from 'qrcode';

const QUIET_ZONE = 4;

/**
 * A QR code drawn here, as one SVG path of its dark modules (black on white with the quiet
 * zone the standard asks for): no image request, no markup from elsewhere, sharp at any size.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { path, width } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.data[row * modules.size + col]) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
      }
    }
    return { path: d, width: modules.size + 2 * QUIET_ZONE };
  }, [text]);
  return (
    <svg className="workshop-qr" role="img" aria-label={label} viewBox={`0 0 ${width} ${width}`} shapeRendering="crispEdges">
      <rect width={width} height={width} fill="#FFFFFF" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
