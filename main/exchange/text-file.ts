const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A text file's contents when it is UTF-8; otherwise the first line that is not (spreadsheets
 * often save CSV in a legacy code page, which would garble Swedish, Polish or Greek letters).
 */
export function decodeUtf8(data: Buffer): { text: string } | { badLine: number } {
  try {
    return { text: decoder.decode(data) };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= data.length; i += 1) {
      if (i < data.length && data[i] !== 0x0a) continue;
      try {
        decoder.decode(data.subarray(start, i));
      } catch {
        return { badLine: line };
      }
      line += 1;
      start = i + 1;
    }
    return { badLine: line };
  }
}
