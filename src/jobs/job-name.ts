// A job name when the file gives none, made as azure-ai-ml makes one (entities/_job/job_name_generator.py
// generate_job_name: "<adjective>_<noun>_<10 characters of bcdfghjklmnpqrstvwxyz0123456789>"), from a shorter
// list of its words.
import { randomInt } from 'node:crypto';

const ADJECTIVES = [
  'amiable',
  'bold',
  'brave',
  'bright',
  'busy',
  'calm',
  'clever',
  'cool',
  'eager',
  'epic',
  'gentle',
  'happy',
  'honest',
  'jolly',
  'keen',
  'kind',
  'loyal',
  'lucid',
  'mighty',
  'modest',
  'neat',
  'nice',
  'patient',
  'plucky',
  'polite',
  'quiet',
  'serene',
  'sharp',
  'strong',
  'sweet',
  'tidy',
  'witty',
];
const NOUNS = [
  'apple',
  'arch',
  'bear',
  'boat',
  'book',
  'bridge',
  'camel',
  'candle',
  'cloud',
  'coconut',
  'eagle',
  'engine',
  'feather',
  'fig',
  'garden',
  'grape',
  'island',
  'kettle',
  'kite',
  'lamp',
  'leaf',
  'lion',
  'market',
  'melon',
  'moon',
  'ocean',
  'owl',
  'piano',
  'planet',
  'river',
  'rocket',
  'seed',
  'ship',
  'star',
  'tree',
  'whale',
];
const SUFFIX = 'bcdfghjklmnpqrstvwxyz0123456789';
const SUFFIX_LENGTH = 10;

const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)]!;

/** e.g. bright_lamp_4kq8z2m1tp */
export function generateJobName(): string {
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i++) suffix += pick([...SUFFIX]);
  return `${pick(ADJECTIVES)}_${pick(NOUNS)}_${suffix}`;
}
