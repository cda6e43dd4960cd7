/**
 * The channels practitioners list most; a journey's list is its own to edit. Apart from the
 * templates, so the editor has them without loading the template library.
 */
export const DEFAULT_CHANNELS = ['website', 'mobileApp', 'email', 'phone', 'store', 'socialMedia', 'ads', 'reviewSites', 'events', 'chat', 'print'] as const;
