/**
 * A form's rules (the lines around and between its boxes, the lines values are written on) erased from a page image
 * (in place; how many rules were found across and down is returned) for a second reading: tesseract takes a row of boxes for a picture and drops the text in it, or reads the rules as
 * letters ("|", "_", "—"). A rule is traced as a path of dark pixels far longer than any letter's stroke, going straight
 * on where it can and a pixel up or down (or sideways) where a scan not square to the page makes it step. Only the
 * rule's own thickness is erased: where a letter touches or crosses it (a "y" through the line it is written on, a
 * "J" against a box's edge), the ink there is thicker than a rule and is left, so the letter keeps its shape. A rule
 * printed grey or scanned faint is as much a rule as a black one: any pixel well darker than white paper counts.
 */
export function eraseRules(image, { minRun = Math.max(40, Math.round(image.width / 25)), dark = 200, thickest = 6 } = {}) {
  const { width, height, data } = image;
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i++) ink[i] = data[i * 4] * 0.299 + data[i * 4 + 1] * 0.587 + data[i * 4 + 2] * 0.114 < dark ? 1 : 0;
  const erase = new Uint8Array(width * height);
  const horizontal = traceRules(ink, erase, width, height, minRun, thickest, false);
  const vertical = traceRules(ink, erase, width, height, minRun, thickest, true);
  for (let i = 0; i < erase.length; i++) {
    if (erase[i]) data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = 255;
  }
  return { horizontal, vertical };
}

/**
 * Rules along rows (or, `down`, along columns): from each dark pixel not yet on a path, the path goes on to the next
 * pixel along, or the one a step to either side; a path of `minRun` or more is a rule, and at each of its pixels the
 * run of ink across it is marked for erasing when it is no thicker than `thickest`. Returns how many rules it found.
 */
function traceRules(ink, erase, width, height, minRun, thickest, down) {
  let rules = 0;
  const along = down ? height : width;
  const across = down ? width : height;
  const at = down ? (a, b) => b * width + a : (a, b) => a * width + b;
  const onPath = new Uint8Array(width * height);
  const path = [];
  for (let a = 0; a < across; a++) {
    for (let b = 0; b < along; b++) {
      if (!ink[at(a, b)] || onPath[at(a, b)]) continue;
      path.length = 0;
      let ca = a;
      for (let cb = b; cb < along; cb++) {
        path.push(ca, cb);
        onPath[at(ca, cb)] = 1;
        if (cb + 1 >= along) break;
        if (ink[at(ca, cb + 1)]) continue;
        if (ca > 0 && ink[at(ca - 1, cb + 1)]) ca--;
        else if (ca + 1 < across && ink[at(ca + 1, cb + 1)]) ca++;
        else break;
      }
      if (path.length / 2 < minRun) continue;
      rules++;
      for (let k = 0; k < path.length; k += 2) {
        const pa = path[k];
        const pb = path[k + 1];
        let lo = pa;
        let hi = pa;
        while (lo > 0 && ink[at(lo - 1, pb)] && pa - lo < thickest) lo--;
        while (hi + 1 < across && ink[at(hi + 1, pb)] && hi - pa < thickest) hi++;
        if (hi - lo + 1 > thickest) continue;
        for (let c = lo; c <= hi; c++) erase[at(c, pb)] = 1;
      }
    }
  }
  return rules;
}

/**
 * Specks erased from a page of black ink on white (in place; `ink` is 1 for ink, one entry a pixel): a scanner's dust
 * and a photocopy's toner spots, each a few pixels with nothing else near, which tesseract reads as full stops, commas
 * and quote marks between the words, or as whole letters, until a page of them reads as noise. A dot a writer made
 * (a full stop, the dot of an "i", the one in an address) sits within a letter's width of other ink and stays. Returns
 * how many specks were erased.
 */
export function eraseSpecks(ink, width, height, { largest = 16, alone = 6 } = {}) {
  // Little memory, in a process with little to spare: a blob is followed only until it is too big to be a speck, and
  // every pixel it reached is then known not to be one (they are all of that blob).
  const done = new Uint8Array(width * height);
  const blob = new Int32Array(largest + 1);
  let erased = 0;
  for (let p = 0; p < ink.length; p++) {
    if (!ink[p] || done[p]) continue;
    let size = 0;
    blob[size++] = p;
    done[p] = 1;
    let [minX, minY, maxX, maxY] = [width, height, 0, 0];
    for (let k = 0; k < size && size <= largest; k++) {
      const q = blob[k];
      const x = q % width;
      const y = (q - x) / width;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      // Touching sideways or corner to corner.
      for (let dy = -1; dy <= 1 && size <= largest; dy++) {
        for (let dx = -1; dx <= 1 && size <= largest; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const r = ny * width + nx;
          if (ink[r] && !done[r]) {
            done[r] = 1;
            blob[size++] = r;
          }
        }
      }
    }
    if (size > largest || hasCompany(ink, width, height, minX - alone, minY - alone, maxX + alone, maxY + alone, size)) continue;
    for (let k = 0; k < size; k++) ink[blob[k]] = 0;
    erased++;
  }
  return erased;
}

/** Whether the rectangle holds more ink than the blob's own `size` pixels inside it. */
function hasCompany(ink, width, height, x0, y0, x1, y1, size) {
  let count = 0;
  for (let y = Math.max(0, y0); y <= Math.min(height - 1, y1); y++) {
    for (let x = Math.max(0, x0); x <= Math.min(width - 1, x1); x++) {
      if (ink[y * width + x] && ++count > size) return true;
    }
  }
  return false;
}
