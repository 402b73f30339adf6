import { describe, expect, it } from 'vitest';
import { tourAction } from '../../../../src/lib/ui/tour/keys';

describe('tour keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['.', 'blank'],
    ['b', 'blank'],
    ['B', 'blank'],
  ])('%j → %s', (key, action) => {
    expect(tourAction({ key })).toBe(action);
  });

  it('leaves other keys alone, and every key with Ctrl, Alt or Meta to the browser', () => {
    for (const key of ['Enter', 'ArrowUp', 'ArrowDown', 'Tab', 'a', 'F5', '+'])
      expect(tourAction({ key })).toBeNull();
    expect(tourAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(tourAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(tourAction({ key: 'ArrowRight', metaKey: true })).toBeNull();
  });
});
