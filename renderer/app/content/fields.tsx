import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { datePlaceholder, formatDate, parseDate } from '../../../shared/i18n/dates';
import { useCommitDraft } from '../use-commit-draft';

/**
 * A label and its control, tied by id rather than by nesting: a drop-down nested in its label
 * would add its current choice to its own accessible name.
 */
export function Field({ label, hideLabel, children }: { label: string; hideLabel?: boolean | undefined; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</label>
      {children(id)}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  maxLength: number;
  onCommit: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  hideLabel?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
}

/**
 * A text field that writes to the map once, when the user leaves it or presses Enter (one
 * undo step per edit, not per keystroke); Escape puts back what the map holds.
 */
export function TextField({ label, value, maxLength, onCommit, multiline, rows = 3, hideLabel, placeholder, autoFocus }: TextFieldProps) {
  const draft = useCommitDraft(value, onCommit);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape' && draft.editing) {
      draft.cancel();
      e.stopPropagation();
      e.currentTarget.blur();
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.currentTarget.blur();
    }
  };
  const props = { value: draft.shown, maxLength, placeholder, autoFocus, onChange: (e: { target: { value: string } }) => draft.change(e.target.value), onBlur: draft.commit, onKeyDown };
  return (
    <Field label={label} hideLabel={hideLabel}>
      {(id) => (multiline ? <textarea id={id} rows={rows} {...props} /> : <input id={id} type="text" {...props} />)}
    </Field>
  );
}

/** A number written on Enter or when leaving the field; an emptied field clears the value. */
export function NumberField({ label, value, onCommit, hideLabel }: { label: string; value: number | undefined; onCommit: (value: number | null) => void; hideLabel?: boolean }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null) {
      const parsed = draft.trim() === '' ? null : Number(draft);
      if (parsed === null || Number.isFinite(parsed)) onCommit(parsed);
    }
    setDraft(null);
  };
  return (
    <Field label={label} hideLabel={hideLabel}>
      {(id) => (
        <input id={id} type="number" step="any" value={draft ?? (value === undefined ? '' : String(value))} onChange={(e) => setDraft(e.target.value)} onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
      )}
    </Field>
  );
}

export interface Option<T extends string> { value: T; label: string }

/** A choice from a list; the empty choice (when `emptyLabel` is given) clears the field. */
export function SelectField<T extends string>({ label, value, options, emptyLabel, onChange, hideLabel }: {
  label: string; value: T | undefined; options: readonly Option<T>[]; emptyLabel?: string; onChange: (value: T | undefined) => void; hideLabel?: boolean;
}) {
  return (
    <Field label={label} hideLabel={hideLabel}>
      {(id) => (
        <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : (e.target.value as T))}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}

/** A 1-5 rating as a group of radio buttons (arrow keys move between them) and a way to clear it. */
export function RatingField({ label, value, onChange }: { label: string; value: number | undefined; onChange: (value: number | undefined) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="rating-field">
      <legend>{label}</legend>
      {[1, 2, 3, 4, 5].map((n) => (
        <label key={n} className="rating-option" title={t('content.rating.value', { value: n })}>
          <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} aria-label={t('content.rating.value', { value: n })} />
          <span aria-hidden="true">{n}</span>
        </label>
      ))}
      <button type="button" className="link-button" disabled={value === undefined} onClick={() => onChange(undefined)}>
        {t('content.rating.clear', { field: label })}
      </button>
    </fieldset>
  );
}

/**
 * A calendar date (YYYY-MM-DD, as the file stores it), typed as the app's language writes it
 * (14.03.2026, 2026-03-14, 03/14/2026; an ISO date always works) and written as soon as it is
 * a whole, real date; an emptied field clears it. A native date input would follow the
 * browser's locale instead of the app's. The date is also spelled out in words beside it.
 */
export function DateField({ label, value, onChange }: { label: string; value: string | undefined; onChange: (value: string | undefined) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [draft, setDraft] = useState<string | null>(null);
  const readoutId = useId();
  const hintId = useId();
  const date = value ? new Date(`${value}T00:00:00`) : null;
  const readout = date && !Number.isNaN(date.getTime()) ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date) : '';
  const pattern = datePlaceholder(language, t('a11y.date.letters'));
  const invalid = draft !== null && draft.trim() !== '' && parseDate(draft, language) === null;
  return (
    <Field label={label}>
      {(id) => (
        <>
          <input id={id} type="text" inputMode="numeric" autoComplete="off" lang={language} placeholder={pattern} className="date-input"
            value={draft ?? (value ? formatDate(value, language) : '')} aria-invalid={invalid || undefined}
            aria-describedby={readout && !invalid ? readoutId : hintId}
            onChange={(e) => {
              const text = e.target.value;
              setDraft(text);
              const parsed = text.trim() === '' ? undefined : parseDate(text, language);
              if (parsed !== null && parsed !== value) onChange(parsed);
            }}
            onBlur={() => setDraft(null)}
            onKeyDown={(e) => e.key === 'Enter' && setDraft(null)} />
          <span id={hintId} className={invalid ? 'date-hint is-invalid' : 'visually-hidden'}>{t('a11y.date.format', { pattern })}</span>
          {readout && !invalid && <span id={readoutId} className="date-readout" data-testid="date-readout">{readout}</span>}
        </>
      )}
    </Field>
  );
}
