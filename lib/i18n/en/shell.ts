import type { shellZhCN } from '../zh-CN/shell';

/** English strings for the console as a whole: shell, sign-in, navigation, shared views and formats; the same keys as the Chinese ones (a missing or extra key fails the type check). */
export const shellEn: Record<keyof typeof shellZhCN, string> = {
  'app.title': 'SCP Cloud Console',
  'app.description': 'Web console for the Sangfor SCP cloud platform',

  'common.retry': 'Try again',
  'common.detail': 'Details: {detail}',
  'common.requestId': 'Request ID: {requestId}',

  'locale.label': 'Language',
  'locale.zh-CN': '简体中文',
  'locale.en': 'English',

  'theme.toDark': 'Switch to dark theme',
  'theme.toLight': 'Switch to light theme',

  'role.admin': 'Platform admin',
  'role.tenant': 'Tenant admin',
  'role.member': 'Tenant sub-account',

  'nav.label': 'Main navigation',
  'nav.group.compute': 'Compute',
  'nav.group.network': 'Network',
  'nav.group.platform': 'Platform',
  'nav.overview': 'Overview',
  'nav.servers': 'Servers',
  'nav.images': 'Images',
  'nav.vpcs': 'VPCs',
  'nav.subnets': 'Subnets',
  'nav.floatingIps': 'Floating IPs',
  'nav.quotas': 'Quotas',
  'nav.tasks': 'Tasks',
  'nav.tenants': 'Tenants',
  'nav.resourcePools': 'Resource pools',

  'shell.skipToContent': 'Skip to main content',
  'shell.openMenu': 'Open navigation menu',
  'shell.closeMenu': 'Close navigation menu',
  'shell.account': 'Signed-in account',
  'shell.tenant': 'Tenant: {tenant}',
  'shell.signOut': 'Sign out',
  'shell.signingOut': 'Signing out…',
  'shell.signOutFailed': 'Signing out failed; please try again.',

  'session.checking': 'Checking your session…',
  'session.failed': 'Your session could not be checked',

  'signIn.title': 'Sign in',
  'signIn.subtitle': 'Use your SCP platform account',
  'signIn.username': 'User name',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.pending': 'Signing in…',
  'signIn.error.missing': 'Enter your user name and password.',
  'signIn.error.invalid_request': 'The request was incomplete; check what you entered.',
  'signIn.error.invalid_credentials': 'Wrong user name or password.',
  'signIn.error.rate_limited': 'Too many sign-in attempts; please try again later.',
  'signIn.error.rate_limited_for': 'Too many sign-in attempts; please try again in {seconds} seconds.',
  'signIn.error.scp_unreachable': 'The console cannot reach the SCP platform; ask your administrator to check the network between them.',
  'signIn.error.scp_timeout': 'The SCP platform did not answer in time; please try again later.',
  'signIn.error.scp_tls': "The SCP platform's TLS certificate was not accepted; please contact your administrator.",
  'signIn.error.scp_busy': 'The SCP platform is busy; please try again later.',
  'signIn.error.scp_error': 'The SCP platform refused the sign-in.',
  'signIn.error.unsupported_role': "The console does not support this account's role yet.",
  'signIn.error.cross_origin': 'The sign-in came from another site and was refused. Open the console address directly and try again.',
  'signIn.error.network_error': 'The console cannot be reached; check your network connection.',
  'signIn.error.unknown': 'Sign-in failed; please try again later.',

  'notPermitted.title': 'Not permitted',
  'notPermitted.body': '“{page}” is not available to a {role}. Ask your platform admin if you need it.',
  'notPermitted.back': 'Back to overview',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you asked for does not exist; the address may be wrong, or the page was removed.',
  'notFound.back': 'Back to the console',

  'error.title': 'Something went wrong',
  'error.body': 'An error occurred while showing this page. Try again, or come back later.',


  'format.empty': '—',
  'format.duration.days': '{n}d',
  'format.duration.hours': '{n}h',
  'format.duration.minutes': '{n}m',
  'format.duration.seconds': '{n}s',
  'format.duration.separator': ' ',

  'resource.dialog.close': 'Close',

  'resource.confirm.cancel': 'Cancel',

  'resource.actions.label': 'Actions',
  'resource.actions.for': 'Actions for “{name}”',

  'resource.action.failed': '“{action}” failed: {name}',
  'resource.action.failedShort': '“{action}” failed',
  'resource.action.dismiss': 'Dismiss',
  'resource.action.running': 'Sending…',

  'resource.task.progress': '{action}: {phase} {percent}%',
  'resource.task.phase.queued': 'Queued',
  'resource.task.phase.running': 'Running',
  'resource.task.phase.done': 'Done',
  'resource.task.phase.failed': 'Failed',
  'resource.task.phase.cancelling': 'Cancelling',
  'resource.task.phase.cancelled': 'Cancelled',
  'resource.task.phase.missing': 'Not found',

  'resource.select.row': 'Select “{name}”',
  'resource.select.page': 'Select all on this page',

  'resource.sort.by': 'Sort by “{column}”',

  'resource.filter.label': 'Filters',
  'resource.filter.all': 'All',
  'resource.filter.loading': 'Loading…',
  'resource.filter.loadFailed': 'The choices could not be loaded',
  'resource.filter.searchPlaceholder': 'Type to search',

  'resource.columns.button': 'Columns',
  'resource.columns.legend': 'Columns to show',
  'resource.columns.reset': 'Reset to default',

  'resource.pager.label': 'Pages',
  'resource.pager.summary': '{from}–{to} of {total}',
  'resource.pager.pageSize': 'Per page',
  'resource.pager.previous': 'Previous',
  'resource.pager.next': 'Next',
  'resource.pager.page': 'Page {page} of {pages}',

  'resource.bulk.label': 'Bulk actions',
  'resource.bulk.selected': '{count} selected',
  'resource.bulk.clear': 'Clear selection',
  'resource.bulk.refused': '{count} of the {total} selected cannot, e.g. “{name}”: {reason}',

  'resource.refresh.every': 'Refreshes every {seconds} s',
  'resource.refresh.paused': 'Auto-refresh paused',
  'resource.refresh.refreshing': 'Refreshing…',
  'resource.refresh.now': 'Refresh',

  'resource.list.loading': 'Loading…',
  'resource.list.loadFailed': 'The list could not be loaded',
  'resource.list.refreshFailed': 'Refreshing failed; showing the last result',
  'resource.list.empty': 'Nothing here yet.',
  'resource.list.noMatch': 'Nothing matches the filters.',
  'resource.list.beyondEnd': 'This page is empty; go to the last page',

  'forms.unit.gb': 'GB',
  'forms.azs.loading': 'Reading resource pools…',
  'forms.azs.failed': 'The resource pools could not be read',

  'forms.error.required': 'Required',
  'forms.error.range': 'Enter a whole number from {min} to {max}',
  'forms.error.tooLong': 'At most {max} characters',
  'forms.error.invalid': 'Not accepted: {detail}',
};
