import type { PhrasePack } from '../types';
import { en } from './en';
import { es } from './es';
import { it } from './it';

/** Every language's phrase pack. */
export const PACKS: readonly PhrasePack[] = [en, es, it];
