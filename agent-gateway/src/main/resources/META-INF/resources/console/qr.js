// The payment link as a QR code, drawn by the gateway (/console/qr.svg) from the link alone.
import { h } from './dom.js';

export function qrCode(text) {
  return h('img.qr', { id: 'qr', src: '/console/qr.svg?text=' + encodeURIComponent(text),
    alt: 'QR code of the payment link', width: 200, height: 200 });
}
