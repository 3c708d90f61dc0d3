// Checks shared by the readers of a job file's parts (pipeline steps, components).
import type { KeyPath, YamlObject, YamlReader } from '../deploy/yaml-reader.js';

/** A step's or a component's `type:`: `command` when not given; any other type is refused (it needs az ml). */
export function requireCommandType(
  reader: YamlReader,
  obj: YamlObject,
  path: KeyPath,
  what: 'step' | 'component',
): void {
  const type = reader.string(obj, path, 'type') ?? 'command';
  if (type !== 'command')
    reader.fail(
      [...path, 'type'],
      `run-job runs command ${what}s; a ${type} ${what} needs az ml. Use type: command.`,
    );
}
