import retailSv from './library/sv/retail.journey?raw';
import retailPl from './library/pl/retail.journey?raw';
import retailRo from './library/ro/retail.journey?raw';
import retailEl from './library/el/retail.journey?raw';
import travelSv from './library/sv/travel.journey?raw';
import travelPl from './library/pl/travel.journey?raw';
import travelRo from './library/ro/travel.journey?raw';
import travelEl from './library/el/travel.journey?raw';
import bankingSv from './library/sv/banking.journey?raw';
import bankingPl from './library/pl/banking.journey?raw';
import bankingRo from './library/ro/banking.journey?raw';
import bankingEl from './library/el/banking.journey?raw';

/**
 * The worked examples written in Swedish, Polish, Romanian and Greek (./library/<language>/):
 * the same journeys as the English ones, record for record, in the words and money of that
 * language's readers. Structures need none: they name their stages and lanes with i18n keys.
 */
export const TRANSLATED_EXAMPLES = {
  retail: { sv: retailSv, pl: retailPl, ro: retailRo, el: retailEl },
  travel: { sv: travelSv, pl: travelPl, ro: travelRo, el: travelEl },
  banking: { sv: bankingSv, pl: bankingPl, ro: bankingRo, el: bankingEl },
} as const;
