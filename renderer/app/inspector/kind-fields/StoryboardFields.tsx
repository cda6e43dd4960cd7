import { useTranslation } from 'react-i18next';
import { setCardImage } from '../../../../shared/document/commands';
import { STORYBOARD_MAX_PX } from '../../../images/fit';
import { assetUrl } from '../../../images/asset-image';
import { ImagePicker } from '../../content/ImagePicker';
import type { KindFieldsProps } from './types';

/** A storyboard frame: the image shown on the card, chosen from disk and stored in the journey. */
export function StoryboardFields({ card, document, store }: KindFieldsProps) {
  const { t } = useTranslation();
  const image = card.imageId ? document.assets.find((a) => a.id === card.imageId) : undefined;
  return (
    <section className="kind-fields" aria-label={t('content.storyboard.heading')}>
      <h3>{t('content.storyboard.heading')}</h3>
      {image && <img className="storyboard-preview" src={assetUrl(image)} alt="" />}
      <ImagePicker label={t('content.storyboard.choose')} maxPx={STORYBOARD_MAX_PX}
        onImage={(stored) => store.transact('Set storyboard image', setCardImage(document, card.id, stored))} />
      {image && (
        <button type="button" className="link-button" onClick={() => store.transact('Remove storyboard image', setCardImage(document, card.id, null))}>
          {t('content.storyboard.remove')}
        </button>
      )}
    </section>
  );
}
