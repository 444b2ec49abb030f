/** Simplified Chinese strings for the console as a whole: shell, sign-in, navigation, shared views and formats. */
export const shellZhCN = {
  'app.title': 'SCP 云控制台',
  'app.description': '深信服 SCP 云平台 Web 控制台',

  'common.retry': '重试',
  'common.detail': '详情:{detail}',
  'common.requestId': '请求编号:{requestId}',

  'locale.label': '界面语言',
  'locale.zh-CN': '简体中文',
  'locale.en': 'English',

  'theme.toDark': '切换到深色主题',
  'theme.toLight': '切换到浅色主题',

  'role.admin': '平台管理员',
  'role.tenant': '租户管理员',
  'role.member': '租户子账户',

  'nav.label': '主导航',
  'nav.group.compute': '计算',
  'nav.group.network': '网络',
  'nav.group.platform': '平台管理',
  'nav.overview': '概览',
  'nav.servers': '云主机',
  'nav.images': '镜像',
  'nav.vpcs': 'VPC',
  'nav.subnets': '子网',
  'nav.floatingIps': '弹性 IP',
  'nav.quotas': '配额',
  'nav.tasks': '任务',
  'nav.tenants': '租户',
  'nav.resourcePools': '资源池',

  'shell.skipToContent': '跳到主要内容',
  'shell.openMenu': '打开导航菜单',
  'shell.closeMenu': '关闭导航菜单',
  'shell.account': '当前账户',
  'shell.tenant': '租户:{tenant}',
  'shell.signOut': '退出登录',
  'shell.signingOut': '正在退出…',
  'shell.signOutFailed': '退出登录失败,请重试。',

  'session.checking': '正在确认登录状态…',
  'session.failed': '无法确认登录状态',

  'signIn.title': '登录',
  'signIn.subtitle': '使用 SCP 平台账户登录',
  'signIn.username': '用户名',
  'signIn.password': '密码',
  'signIn.submit': '登录',
  'signIn.pending': '正在登录…',
  'signIn.error.missing': '请输入用户名和密码。',
  'signIn.error.invalid_request': '请求不完整,请检查填写的内容。',
  'signIn.error.invalid_credentials': '用户名或密码错误。',
  'signIn.error.rate_limited': '登录尝试过于频繁,请稍后再试。',
  'signIn.error.rate_limited_for': '登录尝试过于频繁,请 {seconds} 秒后再试。',
  'signIn.error.scp_unreachable': '无法连接 SCP 平台,请联系管理员检查控制台与 SCP 之间的网络。',
  'signIn.error.scp_timeout': 'SCP 平台响应超时,请稍后再试。',
  'signIn.error.scp_tls': 'SCP 平台的 TLS 证书未通过校验,请联系管理员。',
  'signIn.error.scp_busy': 'SCP 平台繁忙,请稍后再试。',
  'signIn.error.scp_error': 'SCP 平台拒绝了本次登录。',
  'signIn.error.unsupported_role': '控制台暂不支持此账户的角色。',
  'signIn.error.cross_origin': '登录请求来自其他站点,已被拒绝。请直接打开控制台地址后重试。',
  'signIn.error.network_error': '无法连接控制台服务,请检查网络连接。',
  'signIn.error.unknown': '登录失败,请稍后再试。',

  'notPermitted.title': '没有访问权限',
  'notPermitted.body': '“{page}”不对{role}开放。如需使用,请联系平台管理员。',
  'notPermitted.back': '返回概览',

  'notFound.title': '页面不存在',
  'notFound.body': '找不到你要访问的页面,地址可能有误,或页面已被移除。',
  'notFound.back': '返回控制台',

  'error.title': '页面出错了',
  'error.body': '显示此页面时发生错误。可以重试,或稍后再来。',


  'format.empty': '—',
  'format.duration.days': '{n} 天',
  'format.duration.hours': '{n} 小时',
  'format.duration.minutes': '{n} 分',
  'format.duration.seconds': '{n} 秒',
  'format.duration.separator': ' ',

  'resource.dialog.close': '关闭',

  'resource.confirm.cancel': '取消',

  'resource.actions.label': '操作',
  'resource.actions.for': '“{name}”的操作',

  'resource.action.failed': '“{action}”失败:{name}',
  'resource.action.failedShort': '“{action}”失败',
  'resource.action.dismiss': '知道了',
  'resource.action.running': '正在提交…',

  'resource.task.progress': '{action}:{phase} {percent}%',
  'resource.task.phase.queued': '排队中',
  'resource.task.phase.running': '进行中',
  'resource.task.phase.done': '已完成',
  'resource.task.phase.failed': '失败',
  'resource.task.phase.cancelling': '正在取消',
  'resource.task.phase.cancelled': '已取消',
  'resource.task.phase.missing': '已找不到',

  'resource.select.row': '选择“{name}”',
  'resource.select.page': '选择本页全部',

  'resource.sort.by': '按“{column}”排序',

  'resource.filter.label': '筛选',
  'resource.filter.all': '全部',
  'resource.filter.loading': '正在加载…',
  'resource.filter.loadFailed': '选项加载失败',
  'resource.filter.searchPlaceholder': '输入后自动搜索',

  'resource.columns.button': '显示列',
  'resource.columns.legend': '选择要显示的列',
  'resource.columns.reset': '恢复默认',

  'resource.pager.label': '分页',
  'resource.pager.summary': '第 {from}–{to} 条,共 {total} 条',
  'resource.pager.pageSize': '每页',
  'resource.pager.previous': '上一页',
  'resource.pager.next': '下一页',
  'resource.pager.page': '第 {page} / {pages} 页',

  'resource.bulk.label': '批量操作',
  'resource.bulk.selected': '已选 {count} 项',
  'resource.bulk.clear': '取消选择',
  'resource.bulk.refused': '所选 {total} 项中有 {count} 项不能执行,例如“{name}”:{reason}',

  'resource.refresh.every': '每 {seconds} 秒自动刷新',
  'resource.refresh.paused': '自动刷新已暂停',
  'resource.refresh.refreshing': '正在刷新…',
  'resource.refresh.now': '刷新',

  'resource.list.loading': '正在加载…',
  'resource.list.loadFailed': '列表加载失败',
  'resource.list.refreshFailed': '刷新失败,显示的是上次的结果',
  'resource.list.empty': '还没有任何内容。',
  'resource.list.noMatch': '没有符合筛选条件的结果。',
  'resource.list.beyondEnd': '这一页没有内容,转到最后一页',

  'forms.unit.gb': 'GB',
  'forms.azs.loading': '正在读取资源池…',
  'forms.azs.failed': '资源池读取失败',

  'forms.error.required': '必填',
  'forms.error.range': '请输入 {min} 到 {max} 之间的整数',
  'forms.error.tooLong': '最多 {max} 个字符',
  'forms.error.invalid': '不符合要求:{detail}',
} as const;
