/**
 * The preview's printed address with more query parameters (`{ open: path }` opens a file as
 * the OS would); the address already carries the server's token, so parameters are added to it.
 */
export function previewAddress(url: string, params: Readonly<Record<string, string>>): string {
  const address = new URL(url);
  for (const [name, value] of Object.entries(params)) address.searchParams.set(name, value);
  return address.href;
}
