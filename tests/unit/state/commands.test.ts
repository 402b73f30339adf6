import { describe, expect, it } from 'vitest';
import { CommandChannel, type AtlasCommand } from '../../../src/lib/state/commands';

const fit: AtlasCommand = { kind: 'fit', bbox: [119.9, 31.6, 120, 31.7] };
const jump: AtlasCommand = { kind: 'jump', camera: { zoom: 12, lat: 31.7, lon: 119.95 } };
const paragraph: AtlasCommand = { kind: 'paragraph', paragraph: 'review-1.p1', flash: true };

describe('the command channel', () => {
  it('delivers each command once, to the subscribers of its kind only', () => {
    const channel = new CommandChannel();
    const map: AtlasCommand[] = [];
    const reader: AtlasCommand[] = [];
    channel.subscribe(['fit', 'jump', 'export'], (c) => map.push(c));
    channel.subscribe(['paragraph'], (c) => reader.push(c));
    channel.emit(fit);
    channel.emit(paragraph);
    channel.emit({ kind: 'export' });
    expect(map).toEqual([fit, { kind: 'export' }]);
    expect(reader).toEqual([paragraph]);
  });

  it('stops delivering after unsubscribing', () => {
    const channel = new CommandChannel();
    const seen: AtlasCommand[] = [];
    const stop = channel.subscribe(['fit'], (c) => seen.push(c));
    stop();
    channel.emit(fit);
    expect(seen).toEqual([]);
  });

  it('keeps a command nobody listens for and hands it to the first subscriber, once', () => {
    const channel = new CommandChannel();
    channel.emit(paragraph);
    const first: AtlasCommand[] = [];
    const second: AtlasCommand[] = [];
    channel.subscribe(['paragraph'], (c) => first.push(c));
    channel.subscribe(['paragraph'], (c) => second.push(c));
    expect(first).toEqual([paragraph]);
    expect(second).toEqual([]);
  });

  it('keeps only the latest camera command while the map is not there', () => {
    const channel = new CommandChannel();
    channel.emit(fit);
    channel.emit(jump);
    const seen: AtlasCommand[] = [];
    channel.subscribe(['fit', 'jump'], (c) => seen.push(c));
    expect(seen).toEqual([jump]);
  });

  it('forgets a delivered command: a later subscriber does not get it again', () => {
    const channel = new CommandChannel();
    const stop = channel.subscribe(['export'], () => {});
    channel.emit({ kind: 'export' });
    stop();
    const later: AtlasCommand[] = [];
    channel.subscribe(['export'], (c) => later.push(c));
    expect(later).toEqual([]);
  });
});
