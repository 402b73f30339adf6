// Queries a person types into the search box, one character at a time: Chinese names from the
// report, pinyin and initials, a figure, and a query that matches nothing. The benchmark times
// each keystroke (run.mjs); the unit test checks each keystroke gets an answer (search.test.ts).
export const TYPED_QUERIES = [
  '武进',
  '西太湖',
  '湖塘镇',
  '高新区',
  '新能源',
  '中以常州创新园',
  'wujin',
  'xitaihu',
  'hutang',
  'wjgxq',
  '5G',
  '不存在的地方',
];

/** Every prefix of every query, in typing order. */
export const TYPED_KEYSTROKES = TYPED_QUERIES.flatMap((query) =>
  Array.from(query, (_, i) => query.slice(0, i + 1)),
);
