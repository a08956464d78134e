import { describe, expect, it } from 'vitest';
import { eraseRules, eraseSpecks } from '../../../ingest/extract/ocr-rules.mjs';

/** A white image of `width` × `height`, RGBA, with `ink` pixels painted black. */
function page(width: number, height: number, ink: (x: number, y: number) => boolean): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (ink(x, y)) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  return { width, height, data };
}
const isInk = (img: { width: number; data: Uint8ClampedArray }, x: number, y: number): boolean => (img.data[(y * img.width + x) * 4] ?? 255) < 128;

describe('erasing a form\'s rules before OCR', () => {
  it('erases long rules, also ones that step a pixel as a skewed scan does, and keeps letters and ticks', () => {
    const img = page(400, 200, (x, y) =>
      y === 20 || // a rule across the page
      x === 30 || // a rule down it
      (y === 100 + Math.floor(x / 100) && x >= 50 && x < 350) || // a rule skewed one pixel every 100
      (x >= 200 && x < 204 && y >= 140 && y < 170) || // a letter's stem, 30 px
      (x >= 250 && x < 262 && y >= 150 && y < 154)); // a short stroke
    eraseRules(img, { minRun: 60 });
    expect(isInk(img, 300, 20)).toBe(false);
    expect(isInk(img, 30, 180)).toBe(false);
    expect(isInk(img, 120, 101)).toBe(false);
    expect(isInk(img, 320, 103)).toBe(false);
    expect(isInk(img, 201, 150)).toBe(true);
    expect(isInk(img, 255, 151)).toBe(true);
  });

  it('takes a faint grey rule for a rule, and leaves grey paper as paper', () => {
    const img = page(300, 60, () => false);
    for (let x = 0; x < 300; x++) img.data.fill(170, (30 * 300 + x) * 4, (30 * 300 + x) * 4 + 3);
    for (let x = 0; x < 300; x++) img.data.fill(235, (50 * 300 + x) * 4, (50 * 300 + x) * 4 + 3);
    eraseRules(img, { minRun: 60 });
    expect(img.data[(30 * 300 + 150) * 4]).toBe(255);
    expect(img.data[(50 * 300 + 150) * 4]).toBe(235);
  });
});

describe('erasing specks of dust before OCR', () => {
  it('erases a speck with nothing near it, and keeps a full stop beside its letters and every stroke of writing', () => {
    const width = 120;
    const height = 40;
    const ink = new Uint8Array(width * height);
    const paint = (x0: number, y0: number, w: number, h: number): void => {
      for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) ink[y * width + x] = 1;
    };
    paint(5, 5, 2, 2); // dust alone in the margin
    paint(100, 30, 3, 3); // another speck
    paint(30, 10, 3, 20); // a letter's stem
    paint(36, 27, 3, 3); // the full stop three pixels after it
    paint(60, 10, 20, 2); // a stroke longer than any speck
    const erased = eraseSpecks(ink, width, height, { largest: 16, alone: 6 });
    expect(erased).toBe(2);
    expect(ink[5 * width + 5]).toBe(0);
    expect(ink[31 * width + 101]).toBe(0);
    expect(ink[28 * width + 37]).toBe(1);
    expect(ink[15 * width + 31]).toBe(1);
    expect(ink[10 * width + 70]).toBe(1);
  });
});
