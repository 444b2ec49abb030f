/** Simplified Chinese strings: the console's default language and the source of the key set. */
export const zhCN = {
  'app.title': 'SCP 云控制台',
  'app.description': '深信服 SCP 云平台 Web 控制台',
  'home.heading': '控制台即将上线',
  'home.body': '云主机、镜像、VPC、子网、浮动 IP 与配额的管理页面正在建设中。',
} as const;

/** Every UI string key, each mapped to its text. Other locales must provide all of them. */
export type Dictionary = Record<keyof typeof zhCN, string>;
