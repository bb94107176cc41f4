import { PNG } from 'pngjs';
import { checkColorIcon, checkIcons, checkOutlineIcon } from '../../scripts/app-package/check-icons';
import { ACCENT, encodePng, renderColorIcon, renderOutlineIcon } from '../../scripts/make-icons';
import { readManifestFile } from './helpers';

function png(width: number, height: number, fill: [number, number, number, number]): PNG {
  const image = new PNG({ width, height });
  for (let i = 0; i < image.data.length; i += 4) image.data.set(fill, i);
  return image;
}

function outlineWithPixel(rgba: [number, number, number, number]): Buffer {
  const image = png(32, 32, [255, 255, 255, 0]);
  image.data.set([255, 255, 255, 255], 0); // one white pixel so the icon is not empty
  image.data.set(rgba, (5 * 32 + 7) * 4);
  return encodePng(image);
}

describe('the committed icons', () => {
  const color = PNG.sync.read(readManifestFile('color.png'));
  const outline = PNG.sync.read(readManifestFile('outline.png'));

  it('pass the icon checks', () => {
    expect(checkIcons({ color: readManifestFile('color.png'), outline: readManifestFile('outline.png') })).toEqual([]);
  });

  it('colour icon: 192×192, fully opaque, background in the accent colour', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    for (let i = 3; i < color.data.length; i += 4) expect(color.data[i]).toBe(255);
    expect([...color.data.subarray(0, 3)]).toEqual([...ACCENT]);
  });

  it('outline icon: 32×32, only opaque white and fully transparent pixels, with a visible shape', () => {
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const kinds = new Set<string>();
    for (let i = 0; i < outline.data.length; i += 4) kinds.add(outline.data[i + 3] === 0 ? 'transparent' : [...outline.data.subarray(i, i + 4)].join(','));
    expect([...kinds].sort()).toEqual(['255,255,255,255', 'transparent']);
    const white = [...Array(32 * 32).keys()].filter((p) => outline.data[p * 4 + 3] === 255).length;
    expect(white).toBeGreaterThan(100); // a drawn bubble, not a speck
    expect(white).toBeLessThan(600); // an outline, not a filled square
  });

  it('are what scripts/make-icons.ts draws (regenerate with: npx tsx scripts/make-icons.ts)', () => {
    expect(Buffer.compare(renderColorIcon().data, color.data)).toBe(0);
    expect(Buffer.compare(renderOutlineIcon().data, outline.data)).toBe(0);
  });
});

describe('checkOutlineIcon', () => {
  it('rejects the wrong size', () => {
    expect(checkOutlineIcon(encodePng(png(31, 32, [255, 255, 255, 255])))).toEqual(['outline.png: must be 32×32 pixels, is 31×32']);
  });

  it.each([
    ['grey', [200, 200, 200, 255]],
    ['semi-transparent white', [255, 255, 255, 128]],
    ['black', [0, 0, 0, 255]],
  ] as Array<[string, [number, number, number, number]]>)('rejects a %s pixel and says where it is', (_name, rgba) => {
    expect(checkOutlineIcon(outlineWithPixel(rgba))).toEqual([
      `outline.png: 1 pixel(s) are neither white (#FFFFFF, opaque) nor fully transparent (first at x=7, y=5: rgba(${rgba.join(', ')}))`,
    ]);
  });

  it('accepts transparent pixels of any colour value', () => {
    expect(checkOutlineIcon(outlineWithPixel([12, 34, 56, 0]))).toEqual([]);
  });

  it('rejects an empty (all transparent) icon', () => {
    expect(checkOutlineIcon(encodePng(png(32, 32, [0, 0, 0, 0])))).toEqual(['outline.png: has no white pixels, so the icon would be invisible']);
  });

  it('rejects a file that is not a PNG', () => {
    expect(checkOutlineIcon(Buffer.from('GIF89a'))).toEqual([expect.stringMatching(/^outline\.png: not a readable PNG/)]);
  });
});

describe('checkColorIcon', () => {
  it('rejects the wrong size', () => {
    expect(checkColorIcon(encodePng(png(96, 96, [11, 74, 111, 255])))).toEqual(['color.png: must be 192×192 pixels, is 96×96']);
  });

  it('accepts 192×192', () => {
    expect(checkColorIcon(encodePng(png(192, 192, [11, 74, 111, 255])))).toEqual([]);
  });
});
