import { describe, expect, it } from 'vitest';
import { consoleHost, isLoopback, localHost, startLine } from './listen-host.mjs';

describe('where npm start serves the console', () => {
  it('keeps the demo on the simulator to this machine unless HOST is set', () => {
    expect(consoleHost({ realScp: false })).toBe('127.0.0.1');
    expect(consoleHost({ host: '  ', realScp: false })).toBe('127.0.0.1');
    expect(consoleHost({ host: '0.0.0.0', realScp: false })).toBe('0.0.0.0');
  });

  it('lets HOST decide with a real SCP, every interface by default', () => {
    expect(consoleHost({ realScp: true })).toBe('0.0.0.0');
    expect(consoleHost({ host: '10.0.0.5', realScp: true })).toBe('10.0.0.5');
    expect(consoleHost({ host: '127.0.0.1', realScp: true })).toBe('127.0.0.1');
  });

  it('knows loopback and reaches wildcard addresses over it', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.5', '127.0.0.1.example'].some(isLoopback)).toBe(false);
    expect([localHost('0.0.0.0'), localHost('::'), localHost('10.0.0.5')]).toEqual(['127.0.0.1', '::1', '10.0.0.5']);
  });

  it('says where it listens in the start line', () => {
    expect(startLine({ host: '127.0.0.1', port: 3000, scpUrl: 'https://127.0.0.1:9443' }))
      .toBe('SCP console: http://127.0.0.1:3000  (listening on 127.0.0.1:3000, this machine only; set HOST to serve the network; SCP: https://127.0.0.1:9443)');
    expect(startLine({ host: '0.0.0.0', port: 80, scpUrl: 'https://scp' })).toMatch(/^SCP console: http:\/\/localhost:80 {2}\(listening on 0\.0\.0\.0:80, every network interface;/);
    expect(startLine({ host: '::', port: 3000, scpUrl: 'https://scp' })).toMatch(/listening on \[::\]:3000/);
    expect(startLine({ host: '10.0.0.5', port: 3000, scpUrl: 'https://scp' })).toMatch(/^SCP console: http:\/\/10\.0\.0\.5:3000 {2}\(listening on 10\.0\.0\.5:3000, this address;/);
  });
});
