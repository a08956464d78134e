import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildManifest, crc32, packageTeamsApp } from '../../../scripts/package-teams.js';

/** Reads a ZIP's entries by walking its local headers (what Teams' uploader does first). */
function readZip(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const crc = zip.readUInt32LE(at + 14);
    const packedSize = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    const packed = zip.subarray(start, start + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : packed;
    expect(crc32(data), name).toBe(crc);
    out.set(name, data);
    at = start + packedSize;
  }
  return out;
}

function pngInfo(png: Buffer): { width: number; height: number; colourType: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let ihdr: Buffer | null = null;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('ascii');
    const data = png.subarray(at + 8, at + 8 + length);
    expect(crc32(png.subarray(at + 4, at + 8 + length))).toBe(png.readUInt32BE(at + 8 + length));
    if (type === 'IHDR') ihdr = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  return { width: ihdr!.readUInt32BE(0), height: ihdr!.readUInt32BE(4), colourType: ihdr![9]!, pixels: inflateSync(Buffer.concat(idat)) };
}

describe('package:teams', () => {
  it('zips a v1.17 manifest with the bot id, team + personal scopes and the status/case commands, and two icons', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pcse-teams-'));
    try {
      const appId = '1B2C3D4E-0000-4000-8000-123456789ABC';
      const zipPath = await packageTeamsApp({ appId, outDir: dir });
      const entries = readZip(await readFile(zipPath));
      expect([...entries.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      expect(manifest.manifestVersion).toBe('1.17');
      expect(manifest.$schema).toContain('/v1.17/');
      expect(manifest.id).toBe(appId.toLowerCase());
      expect(manifest.bots[0].botId).toBe(appId.toLowerCase());
      expect(manifest.bots[0].scopes).toEqual(['team', 'personal']);
      expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(['status', 'case']);
      const color = pngInfo(entries.get('color.png')!);
      const outline = pngInfo(entries.get('outline.png')!);
      expect([color.width, color.height, color.colourType]).toEqual([192, 192, 6]);
      expect([outline.width, outline.height, outline.colourType]).toEqual([32, 32, 6]);
      // Outline icons are white on transparent: every pixel is either fully transparent or white.
      const px = outline.pixels;
      for (let y = 0; y < 32; y += 1) {
        for (let x = 0; x < 32; x += 1) {
          const i = y * 129 + 1 + x * 4;
          const rgba = [px[i], px[i + 1], px[i + 2], px[i + 3]];
          expect(rgba[3] === 0 || (rgba[0] === 255 && rgba[1] === 255 && rgba[2] === 255)).toBe(true);
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an app id that is not a GUID', () => {
    expect(() => buildManifest('{"id":"{{MicrosoftAppId}}"}', 'my-bot')).toThrow(/GUID/);
  });
});
