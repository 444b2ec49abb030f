/** Simplified Chinese strings for the overview (概览) page. */
export const homeZhCN = {
  'home.title': '概览',
  'home.welcome': '欢迎,{username}',
  'home.body': '你的资源、配额与最近的操作一览,每 30 秒刷新一次。',
  'home.body.admin': '平台的主机、云主机、容量与任务一览,每 30 秒刷新一次。',
  'home.noPages': '当前角色还没有可用的页面。',

  'home.card.loading': '正在加载…',
  'home.card.failed': '{card}加载失败',
  'home.card.viewAll': '查看全部',

  'home.servers.title': '云主机',
  'home.servers.total': '全部云主机',

  'home.network.title': '网络与镜像',
  'home.vpcs': '私有网络(VPC)',
  'home.floatingIps': '弹性IP',
  'home.floatingIps.split': '已绑定 {bound} · 未绑定 {unbound}',
  'home.images': '私有镜像',

  'home.quotas.title': '配额使用',
  'home.quotas.subtitle': '使用比例最高的配额',
  'home.quotas.empty': '没有设置上限的配额。',
  'home.quotas.global': '全局',
  'home.quotas.label': '{quota}({az})',

  'home.tasks.title': '最近操作',
  'home.tasks.empty': '还没有操作记录。',
  'home.tasks.failedTitle': '最近失败的任务',
  'home.tasks.noFailures': '没有失败的任务。',

  'home.platform.title': '平台概况',
  'home.platform.hosts': '主机',
  'home.platform.hostsValue': '{online} / {total} 在线',
  'home.platform.servers': '云主机',
  'home.platform.serversValue': '{running} / {total} 运行中',
  'home.platform.serversError': '{n} 台异常',
  'home.platform.azs': '资源池',
  'home.platform.azsValue': '{online} / {total} 正常',
  'home.platform.capacity': '物理资源使用(全部资源池)',
  'home.platform.usedOf': '已用 {used} / 共 {total}',
  'home.tenants': '租户',
  'home.runningTasks': '进行中的任务',
} as const;
