/**
 * Checks the two Teams app icons, which no schema checks: the colour icon must be a 192×192 PNG; the outline icon a
 * 32×32 PNG whose pixels are all either white (#FFFFFF, opaque) or fully transparent.
 */
import { PNG } from 'pngjs';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

function decode(fileName: string, data: Buffer): PNG | string {
  try {
    return PNG.sync.read(data);
  } catch (error) {
    return `${fileName}: not a readable PNG (${error instanceof Error ? error.message : String(error)})`;
  }
}

function sizeProblem(fileName: string, png: PNG, size: number): string[] {
  return png.width === size && png.height === size ? [] : [`${fileName}: must be ${size}×${size} pixels, is ${png.width}×${png.height}`];
}

export function checkColorIcon(data: Buffer, fileName = 'color.png'): string[] {
  const png = decode(fileName, data);
  return typeof png === 'string' ? [png] : sizeProblem(fileName, png, COLOR_ICON_SIZE);
}

export function checkOutlineIcon(data: Buffer, fileName = 'outline.png'): string[] {
  const png = decode(fileName, data);
  if (typeof png === 'string') return [png];
  const problems = sizeProblem(fileName, png, OUTLINE_ICON_SIZE);

  let offending = 0;
  let white = 0;
  let first = '';
  for (let i = 0; i < png.data.length; i += 4) {
    const r = png.data[i] ?? 0;
    const g = png.data[i + 1] ?? 0;
    const b = png.data[i + 2] ?? 0;
    const a = png.data[i + 3] ?? 0;
    if (a === 0) continue;
    if (a === 255 && r === 255 && g === 255 && b === 255) {
      white++;
      continue;
    }
    if (offending++ === 0) {
      const pixel = i / 4;
      first = ` (first at x=${pixel % png.width}, y=${Math.floor(pixel / png.width)}: rgba(${r}, ${g}, ${b}, ${a}))`;
    }
  }
  if (offending > 0) problems.push(`${fileName}: ${offending} pixel(s) are neither white (#FFFFFF, opaque) nor fully transparent${first}`);
  if (white === 0) problems.push(`${fileName}: has no white pixels, so the icon would be invisible`);
  return problems;
}

export function checkIcons(icons: { color: Buffer; outline: Buffer }, names = { color: 'color.png', outline: 'outline.png' }): string[] {
  return [...checkColorIcon(icons.color, names.color), ...checkOutlineIcon(icons.outline, names.outline)];
}
