/** Same keys as the zh-CN source, any string values: the compiler checks key parity too. */
export type Translation<T> = {
  -readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};
