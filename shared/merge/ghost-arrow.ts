type Box = { x: number; y: number; width: number; height: number };

/** Where the line from a box's centre towards (tx, ty) leaves the box, `pad` beyond its edge. */
function exitPoint(box: Box, tx: number, ty: number, pad: number): { x: number; y: number } {
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const [dx, dy] = [tx - cx, ty - cy];
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(dx === 0 ? Infinity : (box.width / 2 + pad) / Math.abs(dx), dy === 0 ? Infinity : (box.height / 2 + pad) / Math.abs(dy));
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/**
 * The arrow from a moved card's old place to where it is now, from edge to edge: it never
 * crosses either card's text. Null when the two boxes touch or overlap (nothing to point across).
 */
export function ghostArrow(ghost: Box, card: Box, pad = 4): [number, number, number, number] | null {
  const [gx, gy, cx, cy] = [ghost.x + ghost.width / 2, ghost.y + ghost.height / 2, card.x + card.width / 2, card.y + card.height / 2];
  const from = exitPoint(ghost, cx, cy, pad);
  const to = exitPoint(card, gx, gy, pad);
  // The arrow runs from the ghost to the card: if its ends crossed, the boxes are too close for one.
  return (to.x - from.x) * (cx - gx) + (to.y - from.y) * (cy - gy) > 0 ? [from.x, from.y, to.x, to.y] : null;
}
