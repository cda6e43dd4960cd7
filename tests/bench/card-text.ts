import type { SeededRandom } from './seeded-random';

/** What consultants write on cards, per kind of lane: openings, subjects and endings. */
const PHRASES = {
  actions: {
    openings: ['Searches for', 'Compares', 'Reads reviews of', 'Asks a colleague about', 'Signs up for', 'Orders', 'Calls the helpline about', 'Downloads', 'Cancels', 'Books a demo of'],
    endings: ['on the train home', 'during the lunch break', 'before the weekend', 'on a phone with a cracked screen', 'with the kids in the background', 'after a reminder email', 'in the store, then again online'],
  },
  touchpoints: {
    openings: ['Comparison site listing', 'Instagram ad for', 'Welcome email about', 'Checkout page for', 'Call centre queue for', 'FAQ entry on', 'Stand at the trade fair for', 'Delivery note for'],
    endings: ['(mobile web)', 'in the app', 'at the branch in Malmö', 'sent from a no-reply address', 'printed on recycled paper', 'with a QR code that opens the shop'],
  },
  thoughts: {
    openings: ['“Who do I ask about', '“Is it worth paying more for', '“Why does it take so long to get', '“Can I trust the reviews of', '“Will my partner like', '“What happens if I cancel'],
    endings: ['?”', ' — or should I wait?”', ' before the price goes up?”', ' if I am abroad?”'],
  },
  painPoints: {
    openings: ['Long queue at checkout for', 'Slow support reply about', 'Sign-up form rejects the address for', 'Hidden fees on', 'No stock of', 'Password reset loop for'],
    endings: ['— 40 minutes on a Saturday', '(reported by 6 of 12 interviewees)', 'after two failed attempts', 'when paying with a company card', 'on older Android phones'],
  },
  opportunities: {
    openings: ['Offer a guest checkout for', 'Send a delivery window for', 'Show the total price of', 'Let store staff reserve', 'Add a live chat for', 'Pre-fill the form for'],
    endings: ['(owner: e-commerce team, Q3)', '— quick win', 'measured by CES', 'with a pilot in two stores', 'and retire the old PDF guide'],
  },
} as const;

const SUBJECTS = [
  'the premium plan', 'bike rentals near the station', 'next-day delivery', 'the loyalty programme', 'a family insurance policy',
  'the winter tyres', 'a mortgage appointment', 'the café’s new menu', 'flights to Kraków', 'a second-hand e-bike',
  'the spare charger', 'a gift card', 'the kitchen renovation quote', 'an annual subscription', 'the return label',
];

const EVIDENCE = [
  'Seen in 5 of 8 diary studies.', 'Quote from the March interviews.', 'Assumed; needs research.', 'Call centre logs show a spike on Mondays.',
  'NPS comments mention it often.', 'Confirmed by the store manager in Gdańsk.', 'Only on the Greek site; check the translation.',
];

export type TextLaneKind = keyof typeof PHRASES;
export const TEXT_LANE_KINDS = Object.keys(PHRASES) as TextLaneKind[];

function sentence(kind: TextLaneKind, random: SeededRandom): string {
  const { openings, endings } = PHRASES[kind];
  const subject = random.pick(SUBJECTS);
  const ending = random.next() < 0.6 ? random.pick(endings) : '';
  if (kind === 'thoughts') return `${random.pick(openings)} ${subject}${ending || '?”'}`;
  return `${random.pick(openings)} ${subject}${ending ? ` ${ending}` : ''}.`;
}

/**
 * Card text of realistic length: mostly one line or two, sometimes a short paragraph with
 * the evidence behind it, now and then a second paragraph.
 */
export function cardText(kind: TextLaneKind, random: SeededRandom): string {
  const roll = random.next();
  const sentences = roll < 0.55 ? 1 : roll < 0.85 ? 2 : random.int(3, 4);
  const parts = [sentence(kind, random)];
  for (let i = 1; i < sentences; i += 1) parts.push(random.next() < 0.5 ? random.pick(EVIDENCE) : sentence(kind, random));
  return random.next() < 0.1 ? `${parts.join(' ')}\n${random.pick(EVIDENCE)}` : parts.join(' ');
}
