import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markReviewed, updateMeta } from '../../../shared/document/commands';
import { LIMITS } from '../../../shared/document/limits';
import { toDateString } from '../../../shared/document/review-dates';
import { GOAL_TYPES, MAP_STATUSES, MAP_TYPES, type JourneyMeta } from '../../../shared/document/schema';
import { describeError } from '../describe-error';
import { ContentPanel } from './ContentPanel';
import { useContent } from '../../editor/content-context';
import { useContentServices } from './content-services';
import { DateField, SelectField, TextField, type Option } from './fields';
import { ReviewStatus } from './ReviewStatus';
import { SaveAsTemplate } from './SaveAsTemplate';

/** What the map is for and where it stands: goal, scope, map type, market, owner, status, reviews. */
export function JourneyDetailsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { document, commit, store } = useContent();
  const { versions } = useContentServices();
  const [reviewSaved, setReviewSaved] = useState('');
  const meta = document.journey;
  // A quarterly review marks the map and, for a map with a file, keeps it as a review version.
  const markReviewedToday = () => {
    const today = toDateString(new Date());
    commit('Mark journey reviewed', markReviewed(document, today));
    if (!versions?.path) return;
    const name = t('content.versions.reviewName', { date: today });
    void versions.api.saveVersion({ path: versions.path, document: store.document, name, note: '', review: true })
      .then((result) => setReviewSaved(result.ok ? t('content.versions.saved', { name }) : describeError(t, result.error)));
  };
  const edit = (patch: Partial<JourneyMeta>) => commit('Edit journey details', updateMeta(document, patch));
  const options = <T extends string>(values: readonly T[], prefix: string): Option<T>[] => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return (
    <ContentPanel title={t('content.details.heading')} onClose={onClose}>
      <TextField label={t('content.details.goal')} value={meta.goal} maxLength={LIMITS.titleLength} onCommit={(goal) => edit({ goal })} />
      <SelectField label={t('content.details.goalType')} value={meta.goalType} options={options(GOAL_TYPES, 'content.goalType')} emptyLabel={t('content.notSet')}
        onChange={(goalType) => edit({ goalType })} />
      <TextField label={t('content.details.description')} value={meta.description} maxLength={LIMITS.descriptionLength} multiline
        onCommit={(description) => edit({ description })} />
      <TextField label={t('content.details.scope')} value={meta.scope ?? ''} maxLength={LIMITS.descriptionLength} multiline
        onCommit={(scope) => edit({ scope: scope === '' ? undefined : scope })} />
      <div className="field-row">
        <SelectField label={t('content.details.mapType')} value={meta.mapType} options={options(MAP_TYPES, 'content.mapType')} emptyLabel={t('content.notSet')}
          onChange={(mapType) => edit({ mapType })} />
        <SelectField label={t('content.details.market')} value={meta.market} options={options(['b2b', 'b2c'] as const, 'content.market')} emptyLabel={t('content.notSet')}
          onChange={(market) => edit({ market })} />
      </div>
      <div className="field-row">
        <TextField label={t('content.details.owner')} value={meta.owner ?? ''} maxLength={LIMITS.nameLength}
          onCommit={(owner) => edit({ owner: owner === '' ? undefined : owner })} />
        <SelectField label={t('content.details.status')} value={meta.status} options={options(MAP_STATUSES, 'content.mapStatus')} emptyLabel={t('content.notSet')}
          onChange={(status) => edit({ status })} />
      </div>
      <fieldset className="review-fields">
        <legend>{t('content.details.reviews')}</legend>
        <ReviewStatus meta={meta} />
        <div className="field-row">
          <DateField label={t('content.review.lastReviewed')} value={meta.lastReviewed} onChange={(lastReviewed) => edit({ lastReviewed })} />
          <DateField label={t('content.review.nextReview')} value={meta.nextReview} onChange={(nextReview) => edit({ nextReview })} />
        </div>
        <button type="button" onClick={markReviewedToday}>{t('content.review.markReviewed')}</button>
        <p role="status" className="muted">{reviewSaved}</p>
      </fieldset>
      <SaveAsTemplate />
    </ContentPanel>
  );
}
