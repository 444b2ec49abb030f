import type { homeZhCN } from '../zh-CN/home';

/** English strings for the overview (概览) page; the same keys as the Chinese ones. */
export const homeEn: Record<keyof typeof homeZhCN, string> = {
  'home.title': 'Overview',
  'home.welcome': 'Welcome, {username}',
  'home.body': 'Your resources, quotas and latest operations at a glance, refreshed every 30 seconds.',
  'home.body.admin': 'The platform\'s hosts, servers, capacity and tasks at a glance, refreshed every 30 seconds.',
  'home.noPages': 'No pages are available to your role yet.',

  'home.card.loading': 'Loading…',
  'home.card.failed': '{card} could not be loaded',
  'home.card.viewAll': 'View all',

  'home.servers.title': 'Servers',
  'home.servers.total': 'All servers',

  'home.network.title': 'Network and images',
  'home.vpcs': 'VPCs',
  'home.floatingIps': 'Floating IPs',
  'home.floatingIps.split': '{bound} bound · {unbound} unbound',
  'home.images': 'Private images',

  'home.quotas.title': 'Quota use',
  'home.quotas.subtitle': 'The fullest quotas',
  'home.quotas.empty': 'No quota has a limit.',
  'home.quotas.global': 'global',
  'home.quotas.label': '{quota} ({az})',

  'home.tasks.title': 'Recent operations',
  'home.tasks.empty': 'No operations yet.',
  'home.tasks.failedTitle': 'Recent failed tasks',
  'home.tasks.noFailures': 'No failed tasks.',

  'home.platform.title': 'Platform',
  'home.platform.hosts': 'Hosts',
  'home.platform.hostsValue': '{online} / {total} online',
  'home.platform.servers': 'Servers',
  'home.platform.serversValue': '{running} / {total} running',
  'home.platform.serversError': '{n} in error',
  'home.platform.azs': 'Resource pools',
  'home.platform.azsValue': '{online} / {total} normal',
  'home.platform.capacity': 'Physical resources used (all resource pools)',
  'home.platform.usedOf': '{used} used of {total}',
  'home.tenants': 'Tenants',
  'home.runningTasks': 'Running tasks',
} as const;
