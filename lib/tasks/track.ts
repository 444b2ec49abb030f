/*
 * The hook pages call: `const track = useTaskTracker(); track(input)`, with a
 * TrackedTaskInput (lib/tasks/tracked-store.ts). Implemented by the tray
 * (lib/tasks/tracker-context.ts, components/tasks).
 */
export { useTaskTracker, type TrackTask } from './tracker-context';
