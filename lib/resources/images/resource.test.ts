import { describe, expect, it } from 'vitest';
import { images as imageOperations, ImageSchema } from '@/lib/scp';
import { imageColumns, imageFilters, nameImage } from './resource';

const raw = ImageSchema.parse({
  id: 'i1', name: 'img', image_type: 'private', status: 'active', disk_format: 'ISO', owner_id: 'p1', azs: [{ id: 'az1' }, { id: 'az9' }],
});

describe('image declaration', () => {
  it('names AZs and the owning tenant, keeping ids it cannot name', () => {
    const row = nameImage(raw, [{ id: 'az1', name: '广州-资源池1' } as never], [{ id: 'p1', name: 'acme' } as never]);
    expect(row.az_names).toEqual(['广州-资源池1', 'az9']);
    expect(row.owner_name).toBe('acme');
    expect(nameImage({ ...raw, image_type: 'public' }, []).owner_name).toBeUndefined();
  });

  it('filters only by what images.list accepts; the tenant filter and column are for admins', () => {
    const accepted = Object.keys((imageOperations.list.query as unknown as { shape: Record<string, unknown> }).shape);
    for (const f of imageFilters) expect(accepted, f.param).toContain(f.param);
    expect(imageFilters.find((f) => f.param === 'owner_id')?.roles).toEqual(['admin']);
    expect(imageColumns.find((c) => c.id === 'owner')?.roles).toEqual(['admin']);
  });

  it('the id column is hidden by default; unknown image types show verbatim', () => {
    expect(imageColumns.find((c) => c.id === 'id')?.hiddenByDefault).toBe(true);
    const type = imageColumns.find((c) => c.id === 'image_type')!;
    expect(type.cell(nameImage({ ...raw, image_type: 'public' }, []))).toEqual({ kind: 'message', key: 'images.type.public' });
    expect(type.cell(nameImage({ ...raw, image_type: 'marketplace' }, []))).toEqual({ kind: 'text', text: 'marketplace' });
  });
});
