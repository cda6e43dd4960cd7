import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredImage } from '../../../shared/document/commands/assets';
import { MAX_SOURCE_MB } from '../../images/fit';
import { ImageImportError, reencodeImage } from '../../images/reencode';

interface Props {
  label: string;
  maxPx: number;
  onImage: (image: StoredImage) => void;
}

/** Chooses an image file from disk and hands it over re-encoded; says why when it cannot. */
export function ImagePicker({ label, maxPx, onImage }: Props) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      onImage(await reencodeImage(file, maxPx));
    } catch (error) {
      const reason = error instanceof ImageImportError && error.reason === 'tooLarge' ? t('content.image.tooLarge', { max: MAX_SOURCE_MB }) : t('content.image.unreadable');
      setProblem(t('content.image.failed', { message: reason }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="image-picker">
      <label className={`file-button${busy ? ' is-busy' : ''}`}>
        <input type="file" accept="image/png,image/jpeg,image/webp,image/gif,image/bmp" className="visually-hidden"
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }} />
        <span>{label}</span>
      </label>
      {problem && <p className="field-problem" role="alert">{problem}</p>}
    </div>
  );
}
