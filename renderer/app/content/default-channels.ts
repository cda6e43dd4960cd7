import type { TFunction } from 'i18next';
import { DEFAULT_CHANNELS } from '../../../shared/templates/channels';

/** The default channel names in the user's language. */
export const defaultChannelNames = (t: TFunction): string[] => DEFAULT_CHANNELS.map((key) => t(`channel.${key}`));
