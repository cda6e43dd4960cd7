import { useEffect, useState } from 'react';
import type { Size } from '../../shared/presentation/walkthrough';

const current = (): Size => ({ width: window.innerWidth, height: window.innerHeight });

/** The window's size, kept up to date: a presentation pages its stages for the screen it fills. */
export function useWindowSize(): Size {
  const [size, setSize] = useState(current);
  useEffect(() => {
    const onResize = () => setSize(current());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}
