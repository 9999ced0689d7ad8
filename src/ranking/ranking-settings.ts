/**
 * The ranking's attributes checked against the document (docs/design.md §3 Misconfiguration): what
 * the table is drawn with, the values it draws around with a default (each for a notice),
 * and a column that does not exist, which leaves nothing sensible to draw (the error state).
 */
import { findEntity, tokensOf } from '../data/query.js';
import type { EIndexDocument, Edition, Lang } from '../data/types.js';
import { FIXED_COLUMNS, FIXED_SORTS, type RankingFormat } from '../layout/ranking.js';
import { formatNumber } from '../i18n/format.js';
import { localText } from '../i18n/lang.js';
import { rankingMessagesFor } from '../i18n/ranking-messages.js';
import { notAllowed, unknownEntity, type AttributeProblem } from '../internal/notice.js';

export interface RankingAttributes {
  readonly columns: string;
  readonly sort: string;
  readonly group: string;
  readonly highlight: string;
  readonly limit: number | undefined;
  /** The `limit` attribute as written: "ten" reads as NaN. */
  readonly limitWritten: string | null;
}

export interface RankingSettings {
  readonly sort: string;
  /** The known group ids asked for; empty for all. */
  readonly groups: readonly string[];
  readonly limit: number | undefined;
  readonly notices: readonly AttributeProblem[];
  readonly error: AttributeProblem | undefined;
}

export function rankingSettings(doc: EIndexDocument, edition: Edition, written: RankingAttributes): RankingSettings {
  const categoryIds = doc.categories.map((category) => category.id);
  const columns = [...FIXED_COLUMNS, 'categories', ...categoryIds];
  const badColumn = tokensOf(written.columns).find((token) => !columns.includes(token));
  const notices: AttributeProblem[] = [];

  const sorts = [...FIXED_SORTS, ...categoryIds];
  // An empty `sort=""` means the default, as an absent one does.
  const sortKnown = !written.sort || sorts.includes(written.sort);
  if (!sortKnown) notices.push(notAllowed('sort', written.sort, 'sort', sorts, { used: 'total' }));

  const groupIds = doc.groups.map((group) => group.id);
  const groups: string[] = [];
  for (const token of new Set(tokensOf(written.group))) {
    if (groupIds.includes(token)) groups.push(token);
    else notices.push(notAllowed('group', token, 'group', groupIds, 'left-out'));
  }

  for (const id of new Set(tokensOf(written.highlight))) {
    if (!findEntity(edition, id)) notices.push(unknownEntity('highlight', id, edition, 'left-out'));
  }

  const { limit, limitWritten } = written;
  const limitSet = limit !== undefined && limitWritten !== '';
  const limitValid = limitSet && Number.isInteger(limit) && limit >= 1;
  if (limitSet && !limitValid) {
    notices.push({ attribute: 'limit', value: Number.isNaN(limit) ? (limitWritten ?? 'NaN') : String(limit), reason: 'count', outcome: 'all-rows' });
  }

  return {
    sort: sortKnown && written.sort ? written.sort : 'total',
    groups,
    limit: limitValid ? limit : undefined,
    notices,
    error: badColumn === undefined ? undefined : notAllowed('columns', badColumn, 'column', columns),
  };
}

/** One format per language, so the view's memo sees the same object while the language stays (the element and the static renderer share it). */
const formats = new Map<Lang, RankingFormat>();

export function rankingFormatFor(lang: Lang): RankingFormat {
  let format = formats.get(lang);
  if (!format) {
    format = { words: rankingMessagesFor(lang), text: (text) => localText(text, lang), number: (value, digits) => formatNumber(value, lang, digits) };
    formats.set(lang, format);
  }
  return format;
}
