'use client';

import { useState } from 'react';
import { ImageFileDialog } from '@/components/images/image-file-dialog';
import { ImageUploadDialog } from '@/components/images/image-upload-dialog';
import { ResourceList, type PageActionDialog } from '@/components/resource/resource-list';
import { useT } from '@/lib/i18n/client';
import { imageResource, type ImageRow } from '@/lib/resources/images/resource';

/** "Upload file" sends a file with progress and a Cancel: the page's own dialog. */
const actionDialogs: Record<string, PageActionDialog<ImageRow>> = {
  upload: ({ item, close }) => <ImageFileDialog image={item} onClose={close} />,
};

/** The image list with its "upload image" entry point. */
export function ImagesClient() {
  const t = useT();
  const [uploading, setUploading] = useState(false);
  return (
    <>
      <ResourceList
        resource={imageResource}
        title={t('nav.images')}
        caption={t('images.list.caption')}
        actionDialogs={actionDialogs}
        toolbar={
          <button type="button" className="button-primary h-9" onClick={() => setUploading(true)}>
            {t('images.upload.button')}
          </button>
        }
      />
      {uploading && <ImageUploadDialog onClose={() => setUploading(false)} />}
    </>
  );
}
