/**
 * A ranking column's header text. The table, its CSV download and the static renderer
 * (src/static/render.ts) all name columns with it, so the three never drift apart.
 */
import type { EIndexDocument, Lang } from '../data/types.js';
import { localText } from '../i18n/lang.js';
import type { RankingMessages } from '../i18n/ranking-messages.js';
import type { Column } from '../layout/ranking.js';

export function columnLabel(column: Column, doc: EIndexDocument, lang: Lang, t: RankingMessages): string {
  switch (column.kind) {
    case 'rank':
      return t.columnRank;
    case 'name':
      return t.columnName;
    case 'group':
      return t.columnGroup;
    case 'level':
      return t.columnLevel;
    case 'change':
      return t.columnChange;
    case 'metric': {
      const metric = column.metric;
      if (metric === 'total') return t.columnTotal;
      if (metric === 'group-score') return t.columnGroupScore;
      if (metric === 'level') return t.columnLevel;
      const category = doc.categories.find((c) => c.id === metric.category);
      return category ? localText(category.name, lang) : metric.category;
    }
  }
}
