/** The demo accounts the README, the tests and the launcher rely on. */
export const DEMO_ACCOUNTS = [
  { role: 'platform admin', username: 'admin', password: 'scp-demo-admin', accessKey: 'c7afc18172d496c122be95c8225cc760', secretKey: 'ad9da0afc64f9210877cb19d9a985e0f' },
  { role: 'tenant admin of acme', username: 'acme', password: 'scp-demo-acme', accessKey: '5556368d3c442851128a8abf255acc00', secretKey: '080cfb414e6bbf06f2f762aa642cb604' },
  { role: 'tenant admin of globex', username: 'globex', password: 'scp-demo-globex', accessKey: 'afd130b4e0802de3a0f360d81d9316fe', secretKey: 'd35988db99acbb814282f81f470a223a' },
] as const;
