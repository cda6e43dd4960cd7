import { Group, Line, Rect, Text } from 'react-konva';
import { PRESENCE_PALETTE, type PeerPresence } from '../../shared/coedit/presence';
import type { CardBox, JourneyLayout } from '../../shared/layout/layout';
import { FONT_FAMILY } from './theme';

interface Props {
  layout: JourneyLayout;
  peers: readonly PeerPresence[];
  zoom: number;
  /** "Anna is typing", in the window's language. */
  typingLabel: (name: string) => string;
}

const TAG_FONT = 13;
const TAG_PAD = 5;
const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
function tagWidth(text: string): number {
  if (!context) return text.length * TAG_FONT * 0.6;
  context.font = `bold ${TAG_FONT}px "${FONT_FAMILY}"`;
  return context.measureText(text).width + TAG_PAD * 2;
}

const TAG_HEIGHT = TAG_FONT + TAG_PAD * 2;

/** A name on a tag in the person's colour, its top left at x, y, kept the same size on screen at any zoom. */
function NameTag({ x, y, text, colour, zoom, name }: { x: number; y: number; text: string; colour: number; zoom: number; name: string }) {
  const paint = PRESENCE_PALETTE[colour] ?? PRESENCE_PALETTE[0];
  return (
    <Group name={name} x={x} y={y} scaleX={1 / zoom} scaleY={1 / zoom}>
      <Rect width={tagWidth(text)} height={TAG_HEIGHT} fill={paint.fill} cornerRadius={[0, 4, 4, 4]} stroke="#FFFFFF" strokeWidth={1} />
      <Text x={TAG_PAD} y={TAG_PAD} text={text} fontFamily={FONT_FAMILY} fontSize={TAG_FONT} fontStyle="bold" fill={paint.text} />
    </Group>
  );
}

/** One person's selected cards outlined in their colour (outside this window's own outline), the first with their name. */
function PeerSelection({ peer, cards, zoom, typingLabel }: { peer: PeerPresence; cards: readonly CardBox[]; zoom: number; typingLabel: (name: string) => string }) {
  const { fill } = PRESENCE_PALETTE[peer.colour] ?? PRESENCE_PALETTE[0];
  const width = 3 / zoom;
  const gap = 7 / zoom;
  const typing = cards.find((card) => card.id === peer.typing);
  const tagged = typing ?? cards[0];
  return (
    <Group name="presence-selection">
      {cards.map((card) => (
        <Rect key={card.id} x={card.x - gap} y={card.y - gap} width={card.width + gap * 2} height={card.height + gap * 2}
          stroke={fill} strokeWidth={card === typing ? width * 1.6 : width} dash={card === typing ? [10 / zoom, 5 / zoom] : undefined} cornerRadius={10} />
      ))}
      {/* Under the card: above it, the pinned stage headers would hide a lane's first card's tag. */}
      {tagged && <NameTag name={typing ? 'presence-typing' : 'presence-name'} x={tagged.x - gap} y={tagged.y + tagged.height + gap} zoom={zoom} colour={peer.colour}
        text={typing ? typingLabel(peer.name) : peer.name} />}
    </Group>
  );
}

/** Another person's pointer: an arrow in their colour with their name beside it. */
function PeerPointer({ peer, zoom }: { peer: PeerPresence; zoom: number }) {
  if (!peer.pointer) return null;
  const { fill } = PRESENCE_PALETTE[peer.colour] ?? PRESENCE_PALETTE[0];
  return (
    <Group name="presence-pointer" x={peer.pointer.x} y={peer.pointer.y}>
      <Line points={[0, 0, 0, 18 / zoom, 5 / zoom, 13 / zoom, 12 / zoom, 13 / zoom]} closed fill={fill} stroke="#FFFFFF" strokeWidth={1.5 / zoom} />
      <NameTag name="presence-pointer-name" x={12 / zoom} y={14 / zoom} zoom={zoom} colour={peer.colour} text={peer.name} />
    </Group>
  );
}

/**
 * The other laptops' presence on the map (issue 28): each person's selection outlined in their
 * colour with their name, the card they type in dashed with "… is typing", and their pointer.
 * Drawn in content coordinates; strokes and tags keep their size on screen at any zoom.
 */
export function PresenceMarks({ layout, peers, zoom, typingLabel }: Props) {
  if (peers.length === 0) return null;
  const cardsById = new Map(layout.cards.map((card) => [card.id, card]));
  return (
    <Group listening={false}>
      {peers.map((peer) => {
        const ids = peer.typing && !peer.selection.includes(peer.typing) ? [...peer.selection, peer.typing] : peer.selection;
        const cards = ids.map((id) => cardsById.get(id)).filter((card): card is CardBox => card !== undefined);
        return cards.length > 0 ? <PeerSelection key={`s${peer.id}`} peer={peer} cards={cards} zoom={zoom} typingLabel={typingLabel} /> : null;
      })}
      {peers.map((peer) => <PeerPointer key={`p${peer.id}`} peer={peer} zoom={zoom} />)}
    </Group>
  );
}
