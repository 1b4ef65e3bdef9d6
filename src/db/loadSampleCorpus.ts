/** Reads the sample corpus files bundled by Vite (nothing stored here) into a SampleCorpus. */
import glossaryTsv from '../../corpus/glossary.tsv?raw';
import enSentences from '../../corpus/shanxi/en.sentences.txt?raw';
import goldAlign from '../../corpus/shanxi/gold.align?raw';
import zhSentences from '../../corpus/shanxi/zh.sentences.txt?raw';
import { buildSampleCorpus, type SampleCorpus } from '../domain/sample/buildSampleCorpus';

export const sampleProjectName = '山西：加快转型发展';

export function loadSampleCorpus(): SampleCorpus {
  return buildSampleCorpus({
    name: sampleProjectName,
    zhSentences,
    enSentences,
    goldAlign,
    glossaryTsv,
  });
}
