import { DEMO_ACCOUNTS } from './demo-accounts';
import { SeedSpecSchema, type SeedSpec } from './spec';

const [admin, acme, globex] = DEMO_ACCOUNTS;

/** Well-known storage tag ids (catalog §4.7). */
export const STORAGE_TAG_HIGH = '00000000-0000-0000-0000-000000000000';
export const STORAGE_TAG_PERF = '11111111-1111-1111-1111-111111111111';
export const STORAGE_TAG_CAPACITY = '22222222-2222-2222-2222-222222222222';

const quota = (cores: number, ramGb: number, vms: number, storageGb: number) => ({
  'compute/cores': cores,
  'compute/ram': ramGb * 1024,
  'compute/vm_count': vms,
  [`storage/storage_tag::${STORAGE_TAG_HIGH}`]: storageGb * 1024,
  [`storage/storage_tag::${STORAGE_TAG_PERF}`]: storageGb * 1024,
  [`storage/storage_tag::${STORAGE_TAG_CAPACITY}`]: -1,
});

/** The built-in demo data: two AZs, three tenants, about 40 servers, a few running tasks. */
export const DEMO_SEED: SeedSpec = SeedSpecSchema.parse({
  admin: { username: admin.username, password: admin.password, access_key: admin.accessKey, secret_key: admin.secretKey },
  azs: [
    { name: '广州-资源池1', hosts: 4, host_cores: 64, host_memory_gb: 512 },
    // An older HCI pool, as in the seed's AZ sample: its servers keep at most 7 snapshots each.
    { name: '深圳-资源池2', hosts: 3, host_cores: 48, host_memory_gb: 384, version: '6.2.0' },
  ],
  storage_tags: [
    { id: STORAGE_TAG_HIGH, name: '高性能存储', description: 'High-performance storage' },
    { id: STORAGE_TAG_PERF, name: '性能型存储', description: 'Performance storage' },
    { id: STORAGE_TAG_CAPACITY, name: '容量型存储', description: 'Capacity storage' },
  ],
  line_types: ['移动线路', '教育线路'],
  images: [
    { name: 'CentOS 7.9 (aCloud)', disk_format: 'aCloud', os_type: 'linux-centos', size_mb: 40960, preallocate: 'off' },
    { name: 'Ubuntu 22.04 (aCloud)', disk_format: 'aCloud', os_type: 'linux-ubuntu', size_mb: 20480, preallocate: 'metadata' },
    { name: 'Windows Server 2019 (aCloud)', disk_format: 'aCloud', os_type: 'ws1964', size_mb: 61440, preallocate: 'full' },
    { name: 'Kylin V10 ISO', disk_format: 'ISO', os_type: 'linux-kylinos', size_mb: 4300 },
    { name: 'Debian 12 ISO', disk_format: 'ISO', os_type: 'linux-debian', size_mb: 650 },
  ],
  tenants: [
    {
      name: 'acme', description: 'Acme Corporation', username: acme.username, password: acme.password,
      access_key: acme.accessKey, secret_key: acme.secretKey, azs: ['广州-资源池1', '深圳-资源池2'],
      quotas: quota(128, 256, 40, 4096), subnets: ['10.10.1.0/24', '10.10.2.0/24'], floating_ips: 3, servers: 16,
      floating_ip_quota: { count: 10, bandwidth_kbps: 204_800 },
    },
    {
      name: 'globex', description: 'Globex Inc.', username: globex.username, password: globex.password,
      access_key: globex.accessKey, secret_key: globex.secretKey, azs: ['广州-资源池1'],
      quotas: quota(64, 128, 20, 2048), subnets: ['192.168.10.0/24'], floating_ips: 2, servers: 14,
      floating_ip_quota: { count: 5, bandwidth_kbps: 102_400 },
    },
    {
      name: 'initech', description: 'Initech (no console login in the demo table)', username: 'initech', password: 'scp-demo-initech',
      azs: ['深圳-资源池2'], quotas: quota(48, 96, 16, 1024), subnets: ['172.20.1.0/24'], floating_ips: 1, servers: 10,
    },
  ],
  floating_ip_pool: { name: '公网IP池', cidr: '203.0.113.0/24', bandwidth_kbps: 1024000 },
  running_tasks: 3,
});
