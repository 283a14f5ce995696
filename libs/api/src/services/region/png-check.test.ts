import { describe, expect, it } from 'vitest';
import { renderPdf } from '../documents/pdf-printer';
import { testPng } from '../../testing/test-images';
import { pngDecodes } from './png-check';

describe('pngDecodes', () => {
  it('accepts RGB and RGBA PNGs, which the PDF library then embeds', async () => {
    for (const png of [testPng(8, 6), testPng(30, 20, { seed: 1, alpha: true })]) {
      expect(pngDecodes(png, 2048)).toBe(true);
      const pdf = await renderPdf({
        content: [{ image: `data:image/png;base64,${png.toString('base64')}`, fit: [40, 40] }],
      });
      expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    }
  });

  it('refuses an unknown filter byte (the PDF library would throw where nobody catches it)', () => {
    expect(pngDecodes(testPng(8, 6, { seed: 0, alpha: true, filter: 90 }), 2048)).toBe(false);
    expect(pngDecodes(testPng(8, 6, { seed: 0, filter: 4 }), 2048)).toBe(true);
  });

  it('refuses a wrong CRC, a cut file, data that does not inflate, and an image over the limit', () => {
    const png = testPng(8, 6);
    const wrongCrc = Buffer.from(png);
    wrongCrc[29] = wrongCrc[29]! ^ 0xff;
    expect(pngDecodes(wrongCrc, 2048)).toBe(false);
    expect(pngDecodes(png.subarray(0, png.length - 12), 2048)).toBe(false);
    expect(pngDecodes(Buffer.from('not a png'), 2048)).toBe(false);
    expect(pngDecodes(testPng(30, 10), 20)).toBe(false);
  });
});
