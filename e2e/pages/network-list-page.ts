import type { Locator, Page } from '@playwright/test';
import type { Locale } from '@/lib/i18n';
import { ResourceListPage } from './resource-list-page';

/** The VPC list (/vpcs) or the subnet list (/subnets): the generic list, and its create button. */
export class NetworkListPage extends ResourceListPage {
  constructor(
    page: Page,
    readonly kind: 'vpcs' | 'subnets',
    locale: Locale = 'zh-CN',
  ) {
    super(page, kind, `${kind}.list.caption`, locale);
  }

  get createButton(): Locator {
    return this.page.getByRole('button', { name: this.tr(`${this.kind}.create.button`), exact: true });
  }
}
