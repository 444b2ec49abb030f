import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TaskPhase } from '@/lib/tasks/task-phase';
import { TaskProgress } from './task-progress';

function render(phase: TaskPhase, progress: number) {
  const html = renderToStaticMarkup(createElement(TaskProgress, { phase, progress, phaseLabel: `<${phase}>`, label: 'Progress of web-01', valueText: `${phase} ${progress}` }));
  const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1];
  return { html, valueNow: attr('aria-valuenow'), width: /width:(\d+)%/.exec(html)?.[1], text: />([^<>]*(?:&lt;[^<>]*&gt;)[^<>]*)<\/span>/.exec(html)?.[1] };
}

describe('TaskProgress', () => {
  it('is an indeterminate full pulsing bar while queued', () => {
    const r = render('queued', -2);
    expect(r.valueNow).toBeUndefined();
    expect(r.width).toBe('100');
    expect(r.html).toContain('animate-pulse');
  });

  it('fills to the progress while running and says the percent', () => {
    const r = render('running', 42);
    expect(r.valueNow).toBe('42');
    expect(r.width).toBe('42');
    expect(r.text).toBe('&lt;running&gt; 42%');
  });

  it('is full and green when done, full and red when failed whatever SCP\'s progress', () => {
    const done = render('done', 99);
    expect([done.valueNow, done.width]).toEqual(['100', '100']);
    expect(done.html).toContain('bg-emerald-600');
    const failed = render('failed', 50);
    expect([failed.valueNow, failed.width, failed.text]).toEqual(['50', '100', '&lt;failed&gt;']);
    expect(failed.html).toContain('bg-danger');
  });

  it('gives every phase its own look', () => {
    const phases: TaskPhase[] = ['queued', 'running', 'done', 'failed', 'cancelling', 'cancelled', 'missing'];
    const fills = phases.map((p) => /class="h-full rounded-full ([^"]*)"/.exec(render(p, 10).html)?.[1]);
    expect(new Set(fills).size).toBe(phases.length);
    expect(render('cancelling', 30).html).toContain('data-phase="cancelling"');
  });

  it('names the bar and reads out its value', () => {
    const r = render('running', 5);
    expect(r.html).toContain('role="progressbar"');
    expect(r.html).toContain('aria-label="Progress of web-01"');
    expect(r.html).toContain('aria-valuetext="running 5"');
  });
});
