// The slot a lazily loaded part of the map adapter waits in: its code loads once, with the first
// use; the part goes on the map whichever of its code and the map comes second; a failed load is
// told and tried again at the next use.
import { describe, expect, it } from 'vitest';
import { CodeSlot, type OnMap } from '../../../../src/lib/map/code-slot';

/** A part that writes down what happens to it. */
class Part implements OnMap<string> {
  readonly log: string[] = [];
  attach(map: string): void {
    this.log.push(`attach ${map}`);
  }
  detach(): void {
    this.log.push('detach');
  }
}

/** A slot whose loads the test resolves or fails by hand. */
class TestSlot extends CodeSlot<string, Part> {
  loads: { resolve: (part: Part) => void; reject: (error: Error) => void }[] = [];
  errors: string[] = [];
  constructor() {
    super(
      () => new Promise<Part>((resolve, reject) => this.loads.push({ resolve, reject })),
      (message) => this.errors.push(message),
    );
  }
  give(word: string, into: string[]): void {
    this.use((part) => into.push(`${word} ${part.log.join('/')}`));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CodeSlot', () => {
  it('loads once, with the first use, and gives the part every use in order', async () => {
    const slot = new TestSlot();
    const seen: string[] = [];
    expect(slot.loads).toHaveLength(0);
    slot.give('a', seen);
    slot.give('b', seen);
    expect(slot.loads).toHaveLength(1);
    slot.loads[0].resolve(new Part());
    await settle();
    slot.give('c', seen);
    await settle();
    expect(slot.loads).toHaveLength(1);
    expect(seen).toEqual(['a ', 'b ', 'c ']);
  });

  it('puts the part on the map whichever comes second, the map or the code', async () => {
    const mapFirst = new TestSlot();
    mapFirst.attach('m1');
    const seen: string[] = [];
    mapFirst.give('x', seen);
    const early = new Part();
    mapFirst.loads[0].resolve(early);
    await settle();
    expect(early.log).toEqual(['attach m1']);
    expect(seen).toEqual(['x attach m1']);

    const codeFirst = new TestSlot();
    codeFirst.give('x', []);
    const late = new Part();
    codeFirst.loads[0].resolve(late);
    await settle();
    expect(late.log).toEqual([]);
    codeFirst.attach('m2');
    codeFirst.detach();
    expect(late.log).toEqual(['attach m2', 'detach']);
  });

  it('tells a failed load and tries again at the next use', async () => {
    const slot = new TestSlot();
    const seen: string[] = [];
    slot.give('a', seen);
    slot.loads[0].reject(new Error('offline'));
    await settle();
    expect(slot.errors).toEqual(['Error: offline']);
    expect(seen).toEqual([]);
    slot.give('b', seen);
    expect(slot.loads).toHaveLength(2);
    slot.loads[1].resolve(new Part());
    await settle();
    expect(seen).toEqual(['b ']);
  });
});
