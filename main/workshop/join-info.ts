import { isIP } from 'node:net';
import QRCode from 'qrcode';
import { joinPath } from '../../shared/workshop/protocol';

export interface JoinLink {
  address: string;
  /** http://<address>:<port>/w/<CODE>: what the projector shows and the QR code holds. */
  url: string;
  /** The QR code of the URL as an SVG document (black on white, a quiet zone around it). */
  qrSvg: string;
}
export interface JoinInfo { code: string; port: number; links: JoinLink[] }

export const hostPart = (address: string, port: number) => (isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`);
export const joinUrl = (address: string, port: number, code: string) => `http://${hostPart(address, port)}${joinPath(code)}`;

export async function joinLink(address: string, port: number, code: string): Promise<JoinLink> {
  const url = joinUrl(address, port, code);
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  return { address, url, qrSvg };
}
