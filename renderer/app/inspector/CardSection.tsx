import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/document/limits';
import type { Card } from '../../../shared/document/schema';
import type { EditorActions } from '../../editor/use-editor';
import { CARD_COLOURS } from './colours';
import { CommitField } from './CommitField';

function ColourPicker({ current, onPick }: { current: string | undefined; onPick: (colour: string | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="colour-picker">
      <legend>{t('inspector.colour')}</legend>
      <div className="swatches">
        <button type="button" className="swatch swatch-default" aria-pressed={current === undefined} onClick={() => onPick(undefined)}>
          {t('inspector.colourDefault')}
        </button>
        {CARD_COLOURS.map((c) => (
          <button key={c.key} type="button" className="swatch" style={{ background: c.value }} aria-pressed={current?.toUpperCase() === c.value}
            aria-label={t(`colour.${c.key}`)} title={t(`colour.${c.key}`)} onClick={() => onPick(c.value)} />
        ))}
      </div>
    </fieldset>
  );
}

/** One selected card: its text, notes and colour (lane-kind fields mount below). */
export function CardSection({ card, actions }: { card: Card; actions: EditorActions }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="inspector-card">
      <h2 id="inspector-card">{t('inspector.card')}</h2>
      <CommitField key={`text-${card.id}`} label={t('inspector.text')} value={card.text} multiline maxLength={LIMITS.cardTextLength}
        onCommit={(text) => actions.updateCard(card.id, { text }, 'Edit card text')} />
      <CommitField key={`notes-${card.id}`} label={t('inspector.notes')} value={card.notes ?? ''} multiline maxLength={LIMITS.notesLength}
        onCommit={(notes) => actions.updateCard(card.id, { notes: notes === '' ? undefined : notes }, 'Edit notes')} />
      <ColourPicker current={card.colour} onPick={(colour) => actions.setColour(colour)} />
      <div className="button-row">
        <button type="button" onClick={actions.duplicate}>{t('inspector.duplicate')}</button>
        <button type="button" className="danger" onClick={() => actions.deleteCards()}>{t('inspector.delete')}</button>
      </div>
    </section>
  );
}

/** Several cards: what can be done to all of them at once. */
export function CardsSection({ count, actions }: { count: number; actions: EditorActions }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="inspector-cards">
      <h2 id="inspector-cards">{t('inspector.cardsSelected', { count })}</h2>
      <ColourPicker current={undefined} onPick={(colour) => actions.setColour(colour)} />
      <div className="button-row">
        <button type="button" onClick={actions.duplicate}>{t('inspector.duplicate')}</button>
        <button type="button" className="danger" onClick={() => actions.deleteCards()}>{t('inspector.delete')}</button>
      </div>
    </section>
  );
}
