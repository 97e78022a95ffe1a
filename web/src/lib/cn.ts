import { type ClassValue, clsx } from 'clsx';

/** Joins class names (shadcn's `cn`, without tailwind-merge: our variants never fight over a property). */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
