import type { Lang } from './lang';

/** A message: plain text, or a function of its parameters (counts, names, distances). */
export type Message = string | ((...args: never[]) => string);

/**
 * The English side of an area's messages must have exactly the Chinese side's keys, and each
 * function the same parameters, so a missing or mismatched translation is a type error.
 */
export type MessagesLike<Z> = {
  readonly [K in keyof Z]: Z[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** One area's messages (the near-me panel, the tour …), Chinese and English side by side. */
export function defineMessages<const Z extends Record<string, Message>>(
  zh: Z,
  en: MessagesLike<Z>,
): Readonly<Record<Lang, MessagesLike<Z>>> {
  // The Chinese side is the source of the shape; its literal types widen to the same shape.
  return { zh: zh as unknown as MessagesLike<Z>, en };
}
