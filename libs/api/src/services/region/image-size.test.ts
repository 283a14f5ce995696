import { describe, expect, it } from 'vitest';
import { testJpegHeader, testPng, testWebpHeader } from '../../testing/test-images';
import { imageSize } from './image-size';

describe('imageSize', () => {
  it('reads the size of a PNG, a JPEG and a WebP from their headers', () => {
    expect(imageSize(testPng(8, 6), 'image/png')).toEqual({ width: 8, height: 6 });
    expect(imageSize(testJpegHeader(640, 480), 'image/jpeg')).toEqual({ width: 640, height: 480 });
    expect(imageSize(testWebpHeader(300, 200), 'image/webp')).toEqual({ width: 300, height: 200 });
  });

  it('answers null for a header cut short, a wrong type and bytes that are no image', () => {
    expect(imageSize(testPng().subarray(0, 18), 'image/png')).toBeNull();
    expect(imageSize(testPng(), 'image/jpeg')).toBeNull();
    expect(imageSize(Buffer.from('not an image at all'), 'image/webp')).toBeNull();
    expect(imageSize(testJpegHeader(0, 10), 'image/jpeg')).toBeNull();
  });
});
