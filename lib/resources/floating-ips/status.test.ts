import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { floatingIpStatus, floatingIpStatusKey, floatingIpStatusTone, isBound } from './status';

describe('floating-IP status', () => {
  it('is unbound without binding_info, else the binding’s status', () => {
    expect(floatingIpStatus({ binding_info: undefined })).toBe('unbound');
    expect(floatingIpStatus({ binding_info: null })).toBe('unbound');
    expect(floatingIpStatus({ binding_info: { status: 'creating' } })).toBe('creating');
    expect(floatingIpStatus({ binding_info: {} })).toBe('active');
    expect(isBound({ binding_info: { status: 'deleting' } })).toBe(true);
  });

  it('every documented binding status has a label in both languages and a tone', () => {
    const tones = { unbound: 'off', active: 'ok', creating: 'busy', updating: 'busy', deleting: 'busy', error: 'bad' };
    for (const [status, tone] of Object.entries(tones)) {
      const key = floatingIpStatusKey(status);
      expect(key, status).toBeDefined();
      expect(t('zh-CN', key!)).not.toBe(key);
      expect(t('en', key!)).not.toBe(key);
      expect(floatingIpStatusTone(status)).toBe(tone);
    }
    expect(floatingIpStatusKey('brand_new')).toBeUndefined();
  });
});
