import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';

/**
 * `npm run package:teams`: the Teams app package (manifest v1.17 + two icons) zipped to dist/teams-app.zip,
 * for upload to the Teams admin centre. The bot id is MicrosoftAppId (BOT_LOCAL_MODE=true: a zero GUID for
 * the Agents Playground). Icons are drawn here, so packaging needs no network and no image tools.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NHS_BLUE: [number, number, number] = [0x00, 0x5e, 0xb8];

/** Fills the manifest template with the bot's app id. */
export function buildManifest(template: string, appId: string): Record<string, unknown> {
  if (!GUID.test(appId)) throw new Error(`MicrosoftAppId must be the bot's GUID, got "${appId}"`);
  return JSON.parse(template.replaceAll('{{MicrosoftAppId}}', appId.toLowerCase())) as Record<string, unknown>;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309), as PNG chunks (RFC 2083 §3.4) and ZIP entries need. */
export function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An RGBA PNG (RFC 2083): signature, IHDR, one zlib IDAT of filter-0 scanlines, IEND. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit depth, colour type 6 (RGBA), deflate, filter 0, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x += 1) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A tick mark in unit coordinates (0..1), the app's symbol: a case approved. */
function onTick(u: number, v: number, thickness: number): boolean {
  return distanceToSegment(u, v, 0.24, 0.52, 0.42, 0.7) < thickness || distanceToSegment(u, v, 0.42, 0.7, 0.78, 0.3) < thickness;
}

/** The 192×192 colour icon: a white tick on NHS blue. */
export function drawColorIcon(): Buffer {
  return encodePng(192, 192, (x, y) => (onTick((x + 0.5) / 192, (y + 0.5) / 192, 0.06) ? [255, 255, 255, 255] : [...NHS_BLUE, 255]));
}

/** The 32×32 outline icon: Teams wants white on a transparent background. */
export function drawOutlineIcon(): Buffer {
  return encodePng(32, 32, (x, y) => (onTick((x + 0.5) / 32, (y + 0.5) / 32, 0.075) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
}

/** A ZIP archive (PKWARE APPNOTE 6.3: local headers, deflated data, central directory, end record). */
export function createZip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01: fixed, so the package is reproducible
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Builds dist/teams-app.zip (and the unzipped files beside it) and returns the zip's path. */
export async function packageTeamsApp(options: { appId: string; root?: string; outDir?: string }): Promise<string> {
  const root = options.root ?? process.cwd();
  const outDir = options.outDir ?? path.join(root, 'dist');
  const manifest = buildManifest(await readFile(path.join(root, 'teams-app', 'manifest.json'), 'utf8'), options.appId);
  const files = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: drawColorIcon() },
    { name: 'outline.png', data: drawOutlineIcon() },
  ];
  await mkdir(path.join(outDir, 'teams-app'), { recursive: true });
  for (const f of files) await writeFile(path.join(outDir, 'teams-app', f.name), f.data);
  const zipPath = path.join(outDir, 'teams-app.zip');
  await writeFile(zipPath, createZip(files));
  return zipPath;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const local = process.env.BOT_LOCAL_MODE === 'true';
  const appId = process.env.MicrosoftAppId || (local ? '00000000-0000-0000-0000-000000000000' : '');
  if (!appId) {
    console.error('Set MicrosoftAppId (the Azure Bot registration\'s app id), or BOT_LOCAL_MODE=true for a local package.');
    process.exit(2);
  }
  const zip = await packageTeamsApp({ appId });
  console.log(`wrote ${path.relative(process.cwd(), zip)}`);
}
