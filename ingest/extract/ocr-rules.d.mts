/** See ocr-rules.mjs. */
export function eraseRules(image: { width: number; height: number; data: Uint8ClampedArray }, options?: { minRun?: number; dark?: number; thickest?: number }): { horizontal: number; vertical: number };
/** See ocr-rules.mjs. */
export function eraseSpecks(ink: Uint8Array, width: number, height: number, options?: { largest?: number; alone?: number }): number;
