/** Fetch JSON for a component and keep it fresh: reload on demand, or every `pollMs` while `poll` says so. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { getJson } from './api.js';

export interface Data<T> {
  data?: T;
  error?: string;
  reload: () => void;
}

export function useData<T>(path: string | undefined, poll?: (data: T) => boolean, pollMs = 1000): Data<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [tick, setTick] = useState(0);
  const pollRef = useRef(poll);
  pollRef.current = poll;
  const reload = useCallback(() => setTick((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick is the reload trigger
  useEffect(() => {
    if (!path) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      getJson<T>(path).then(
        (d) => {
          if (!live) return;
          setData(d);
          setError(undefined);
          if (pollRef.current?.(d)) timer = setTimeout(load, pollMs);
        },
        (e: Error) => {
          if (!live) return;
          setError(e.message);
          timer = setTimeout(load, pollMs * 3);
        },
      );
    load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [path, tick, pollMs]);
  return { data, error, reload };
}
