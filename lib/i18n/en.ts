import type { Dictionary } from './zh-CN';

/** English strings; typed as `Dictionary` so a missing or extra key fails the type check. */
export const en: Dictionary = {
  'app.title': 'SCP Cloud Console',
  'app.description': 'Web console for the Sangfor SCP cloud platform',
  'home.heading': 'The console is coming soon',
  'home.body': 'Pages for servers, images, VPCs, subnets, floating IPs and quotas are being built.',
};
