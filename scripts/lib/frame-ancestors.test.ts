import { describe, expect, it } from 'vitest';
import { frameAncestorsPolicy } from './frame-ancestors.mjs';

describe('frame-ancestors policy', () => {
  it('lets only the console frame itself by default', () => {
    expect(frameAncestorsPolicy(undefined)).toBe("frame-ancestors 'self'");
    expect(frameAncestorsPolicy('  ')).toBe("frame-ancestors 'self'");
  });

  it('adds the portals that embed the console, or forbids framing altogether', () => {
    expect(frameAncestorsPolicy('https://portal.example.com  https://*.corp.example:8443')).toBe("frame-ancestors 'self' https://portal.example.com https://*.corp.example:8443");
    expect(frameAncestorsPolicy('none')).toBe("frame-ancestors 'none'");
  });

  it('names an entry that is not an origin', () => {
    expect(() => frameAncestorsPolicy('https://portal.example.com/path')).toThrow(/CONSOLE_FRAME_ANCESTORS: "https:\/\/portal.example.com\/path" is not an origin/);
    expect(() => frameAncestorsPolicy("portal.example.com")).toThrow(/"portal.example.com"/);
    expect(() => frameAncestorsPolicy("none https://a.example")).toThrow(/"none"/);
    expect(() => frameAncestorsPolicy("https://a.example; script-src *")).toThrow(/CONSOLE_FRAME_ANCESTORS/);
  });
});
