// The annex pages of a preview (附：现场照片): two pictures to a page, as the PDF sets them. The preview holds the model
// only, never the pictures' bytes, so each picture is drawn as a frame of its shape with its number and caption; the
// printed and exported files carry the photos themselves.
import type { CSSProperties } from 'react';
import type { DocumentModel } from '../../../../shared/contract/documents';
import { TEXT_BLOCK_MM } from './preview-layout';

type Annex = NonNullable<DocumentModel['annex']>;

/** The largest a picture is printed: the text block's width, eight grid lines' height (pdf-writer.ts). */
const MAX_W_MM = TEXT_BLOCK_MM.width;
const MAX_H_MM = (8 * TEXT_BLOCK_MM.height) / 22;

/** `page`: the style of the preview's pages (DocumentPages.tsx). */
export function AnnexPages({ annex, firstPage, page }: { annex: Annex; firstPage: number; page: CSSProperties }) {
  const pages: Annex['images'][] = [];
  for (let i = 0; i < annex.images.length; i += 2) pages.push(annex.images.slice(i, i + 2));
  return (
    <>
      {pages.map((images, p) => (
        <section key={p} style={{ ...page, marginTop: '8mm' }} data-testid="document-page" aria-label={`第 ${firstPage + p} 页`}>
          {p === 0 && <div style={{ textAlign: 'center', fontWeight: 'bold', marginBottom: '1em' }}>{annex.title}</div>}
          {images.map((image) => {
            const scale = Math.min(MAX_W_MM / image.width, MAX_H_MM / image.height);
            return (
              <figure key={image.caption} style={{ margin: '0 0 1em', textAlign: 'center' }} data-testid="document-annex-image">
                <div
                  style={{
                    width: `${image.width * scale}mm`,
                    height: `${image.height * scale}mm`,
                    margin: '0 auto',
                    border: '1px solid #999',
                    background: '#f3f3f3',
                    color: '#666',
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    fontSize: '0.8em',
                  }}
                >
                  照片（打印和导出的文书中印出）
                </div>
                <figcaption>{image.caption}</figcaption>
              </figure>
            );
          })}
        </section>
      ))}
    </>
  );
}
