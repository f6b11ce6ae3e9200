// The languages the engine reads, by code. Adding one: a folder behind the Language interface, its code in
// the model's Lang, and its entry here.
import type { Lang } from '../model/schema';
import { arabic } from './ar/index';
import { english } from './en/index';
import { russian } from './ru/index';
import type { Language } from './types';

export const LANGUAGES: Record<Lang, Language> = { ar: arabic, en: english, ru: russian };
export const language = (code: Lang): Language => LANGUAGES[code];
