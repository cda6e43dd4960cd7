import { listPreviewFolder } from '../../bridge/preview-api';

/**
 * The preview has no native dialogs: a file name typed in the dialog names a file in the
 * served folder (the server refuses any path outside it).
 */
export async function previewPath(fileName: string): Promise<string | null> {
  const name = fileName.trim().replace(/[\\/]/g, '-');
  if (name === '') return null;
  const { folder, separator } = await listPreviewFolder();
  return `${folder}${separator}${name}`;
}
