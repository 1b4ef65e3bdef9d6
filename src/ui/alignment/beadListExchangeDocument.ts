import { beadListPairs } from '../../domain/alignmentEditing/beadListPairs';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import type { ExchangeDocument } from '../../domain/exchange/exchangeUnit';

/** An alignment's pairs as parallel text: one bead a unit, confirmed beads translated, the others draft. */
export function beadListExchangeDocument(list: BeadList): ExchangeDocument {
  const units = beadListPairs(list).map((pair) => ({
    source: pair.source,
    target: pair.target,
    status: pair.confirmed ? ('translated' as const) : ('draft' as const),
    note: '',
  }));
  return { sourceLang: 'zh-CN', targetLang: 'en', units };
}
