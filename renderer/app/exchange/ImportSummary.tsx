import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { escapeControlChars } from '../../../shared/control-chars';
import { sortByOrder } from '../../../shared/document/order';
import { journeyCounts } from '../../../shared/exchange/journey-counts';
import type { ImportPreview } from '../../../shared/ipc/exchange';

const SHOWN = 8;

/** A problem or note with its row or line; the cell text it quotes shows control characters as escapes. */
const issueText = (t: TFunction, issue: ImportPreview['issues'][number]) =>
  escapeControlChars(t('exchange.dialog.where', { where: issue.where, message: issue.message }));

/** What an import holds (stages, lanes, counts), and every row or line it could not read. */
export function ImportSummary({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const doc = preview.document;
  return (
    <section className="exchange-preview" aria-label={preview.name}>
      {doc && (
        <>
          <p><strong>{doc.journey.title || preview.name}</strong></p>
          <p data-testid="import-counts">{journeyCounts(t, doc)}</p>
          <table className="exchange-grid">
            <thead><tr><th />{sortByOrder(doc.stages).slice(0, SHOWN).map((s) => <th key={s.id} scope="col">{s.name}</th>)}</tr></thead>
            <tbody>
              {sortByOrder(doc.lanes).slice(0, SHOWN).map((lane) => (
                <tr key={lane.id}>
                  <th scope="row">{lane.name}</th>
                  {sortByOrder(doc.stages).slice(0, SHOWN).map((s) => (
                    <td key={s.id}>{doc.cards.filter((c) => c.laneId === lane.id && c.stageId === s.id).length || ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {preview.issues.length > 0 && (
        <div role="alert">
          <p>{t('exchange.dialog.problems')}</p>
          <ul className="exchange-issues" data-testid="import-issues">
            {preview.issues.map((i, n) => <li key={n}>{issueText(t, i)}</li>)}
          </ul>
        </div>
      )}
      {preview.notes.length > 0 && (
        <div>
          <p>{t('exchange.dialog.notes')}</p>
          <ul className="exchange-issues">{preview.notes.map((i, n) => <li key={n}>{issueText(t, i)}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
