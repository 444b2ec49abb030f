/*
 * The value of a checkboxes field (FormField kind 'checkboxes'): the ticked
 * choices' values, comma-separated, so it fits the form's string values.
 */

/** The values ticked in a checkboxes field's value. */
export function choiceList(value: string | undefined): string[] {
  return (value ?? '').split(',').filter(Boolean);
}

/**
 * The value after ticking or unticking one choice: in the choices' order, so
 * the same choice is the same value however it was clicked (and a retry of it
 * reuses its client token); values no longer among the choices stay, first.
 */
export function toggleChoice(value: string | undefined, choice: string, on: boolean, order: readonly string[]): string {
  const ticked = new Set(choiceList(value));
  if (on) ticked.add(choice);
  else ticked.delete(choice);
  const unknown = [...ticked].filter((v) => !order.includes(v));
  return [...unknown, ...order.filter((v) => ticked.has(v))].join(',');
}
