/** English function words that carry no evidence for alignment; compared after lower-casing. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than as of in on at to for from by with about into onto upon over under ' +
    'between through during before after above below up down out off again further once here there when where why how ' +
    'all any both each few more most other some such no not only own same too very can will just should would could ' +
    'may might must shall do does did doing done have has had having be is am are was were been being i me my myself ' +
    'we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they ' +
    'them their theirs themselves what which who whom whose this that these those s t d ll m o re ve y ain let ' +
    'etc sb sth something someone somebody one oneself thing used particle also within without via per surname lit fig idiom classifier'
  ).split(' '),
);
