// Draws the app icons (blue tile, white medical cross) as PNGs with no image tooling needed.
// Run once: node scripts/make-icons.mjs — the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size, { maskable }) {
  const rows = [];
  const pad = maskable ? 0 : size * 0.06;
  const radius = maskable ? 0 : size * 0.2;
  const arm = size * (maskable ? 0.1 : 0.12);
  const len = size * (maskable ? 0.26 : 0.32);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const dx = Math.max(pad + radius - x, x - (size - pad - radius), 0);
      const dy = Math.max(pad + radius - y, y - (size - pad - radius), 0);
      const inside =
        x >= pad &&
        x < size - pad &&
        y >= pad &&
        y < size - pad &&
        dx * dx + dy * dy <= radius * radius;
      const cross =
        (Math.abs(x - c) < arm && Math.abs(y - c) < len) ||
        (Math.abs(y - c) < arm && Math.abs(x - c) < len);
      if (!inside) row.push(0, 0, 0, 0);
      else if (cross) row.push(255, 255, 255, 255);
      else row.push(10, 88, 202, 255);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icons/icon-192.png', icon(192, { maskable: false }));
writeFileSync('public/icons/icon-512.png', icon(512, { maskable: false }));
writeFileSync('public/icons/icon-maskable-512.png', icon(512, { maskable: true }));
writeFileSync('public/apple-touch-icon.png', icon(180, { maskable: true }));
writeFileSync('public/favicon.png', icon(48, { maskable: false }));
