/** Buttons anywhere in the page ask for the import or export dialog here, as the File menu does. */
export type ExchangeMode = 'export' | 'import';

const requests = new EventTarget();

export function requestExchange(mode: ExchangeMode): void {
  requests.dispatchEvent(new CustomEvent<ExchangeMode>('request', { detail: mode }));
}

export function onExchangeRequest(listener: (mode: ExchangeMode) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ExchangeMode>).detail);
  requests.addEventListener('request', handler);
  return () => requests.removeEventListener('request', handler);
}
