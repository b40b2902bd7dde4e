/**
 * QR codes as inline SVG, made at build time (no image request, no script, prints sharply at
 * any size). Used by the village posters; any printed page that points back to the site can
 * use it. The `qrcode` package computes the modules; this file only draws them, one path of
 * horizontal runs, which keeps the markup small (~2 kB for a village address).
 */
import QRCode from 'qrcode';

export interface QrOptions {
  /** What the code opens, read by screen readers: "Alamat halaman Desa Beluluk". */
  label: string;
  /** Quiet zone around the code, in modules. The standard asks for 4; 2 is read fine by phones. */
  margin?: number;
  /** Error correction: M survives a fold or a stain on a notice board. */
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
}

/** An <svg> element drawing the QR code of `text`. */
export function qrSvg(text: string, { label, margin = 2, errorCorrection = 'M' }: QrOptions): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: errorCorrection });
  const size = modules.size;
  const full = size + margin * 2;
  let path = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      path += `M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`;
    }
  }
  const escapedLabel = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" role="img" aria-label="${escapedLabel}" shape-rendering="crispEdges">` +
    `<rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
