// @vitest-environment jsdom
// The preview's annex (附：现场照片): pages after the document's own, two pictures to a page, each a frame of the
// picture's shape with its caption — the preview never holds the photos' bytes, the printed files do.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSiteInspectionRecord } from '../../shared/domain/documents/site-inspection-record';
import { DocumentPages } from '../../renderer/src/features/documents/DocumentPages';
import { siteInspectionRecordSample } from '../fixtures/site-inspection';

afterEach(cleanup);

describe('the preview of a record with photos', () => {
  it('puts the photos after the record, two to a page, each with its caption and the shape of the photo', () => {
    const photo = siteInspectionRecordSample.photos[0]!;
    const three = [...siteInspectionRecordSample.photos, { ...photo, caption: '工人宿舍' }];
    render(<DocumentPages model={buildSiteInspectionRecord({ ...siteInspectionRecordSample, photos: three })} />);
    const pages = screen.getAllByTestId('document-page');
    const annex = pages.filter((p) => p.querySelector('[data-testid="document-annex-image"]'));
    expect(annex).toHaveLength(2);
    expect(annex[0]!.textContent).toContain('附：现场照片');
    const figures = screen.getAllByTestId('document-annex-image');
    expect(figures.map((f) => f.querySelector('figcaption')!.textContent)).toEqual(['照片1：项目大门，未设维权信息告示牌', '照片2：项目部墙上的木工班组考勤表', '照片3：工人宿舍']);
    // 4032 × 3024 lies down, 3024 × 4032 stands up: each frame keeps its photo's shape within 156 mm × 8 lines.
    const size = (f: HTMLElement) => {
      const box = f.firstElementChild as HTMLElement;
      return [parseFloat(box.style.width), parseFloat(box.style.height)];
    };
    const [w1, h1] = size(figures[0]!);
    const [w2, h2] = size(figures[1]!);
    expect(w1! / h1!).toBeCloseTo(4032 / 3024, 3);
    expect(w2! / h2!).toBeCloseTo(3024 / 4032, 3);
    expect(Math.max(h1!, h2!)).toBeCloseTo((8 * 225) / 22, 2);
    // The record's own pages are numbered before the annex's.
    expect(pages.indexOf(annex[0]!)).toBeGreaterThan(0);
  });

  it('has no annex when no photo was taken', () => {
    render(<DocumentPages model={buildSiteInspectionRecord({ ...siteInspectionRecordSample, photos: [] })} />);
    expect(screen.queryAllByTestId('document-annex-image')).toHaveLength(0);
  });
});
