/**
 * Who reports to whom, from an HR export: the manager column names the manager by email,
 * employee id or name, and becomes the manifest's `manager` id once every row is read (a
 * manager may come after their reports in the file). Kept apart from the CSV reader so every
 * import format can hand its rows' manager references to the same resolution.
 * @module
 */
import { foldText } from '../core/index.js';
import { breakHierarchyCycles } from '../core/internal.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A manager reference left out, with the line of the row that made it. */
export interface ManagerNote {
  /** The row's line in the source file. */
  readonly line: number;
  /** What was wrong, starting with the person's name. */
  readonly message: string;
}

interface Pending {
  readonly person: Json;
  readonly reference: string;
  readonly line: number;
}

/**
 * Collects each imported person's manager reference and their employee id, then resolves the
 * references into `manager` ids: an email (in any case), an employee id of this import, a
 * manifest id, or a name that only one person has.
 */
export class ManagerLinks {
  readonly #pending: Pending[] = [];
  readonly #byEmployeeId = new Map<string, Json>();
  readonly #lines = new Map<Json, number>();

  /** Notes a person as imported from `line`, with what their row says about their manager and their employee id. */
  note(person: Json, line: number, reference: string | undefined, employeeId: string | undefined): void {
    this.#lines.set(person, line);
    if (employeeId !== undefined) this.#byEmployeeId.set(employeeId.toLowerCase(), person);
    if (reference !== undefined) this.#pending.push({ person, reference, line });
  }

  /**
   * Writes `manager` on every noted person whose reference names someone in `people`, and
   * leaves out (with a note) references to nobody, to several people, to the person themself,
   * and the link that would close a cycle.
   */
  resolve(people: readonly unknown[]): ManagerNote[] {
    const notes: ManagerNote[] = [];
    if (this.#pending.length === 0) return notes;
    const persons = people.filter((p): p is Json => isObject(p) && typeof p['id'] === 'string');
    const byId = new Map(persons.map((p) => [p['id'] as string, p]));
    const byEmail = new Map<string, Json>();
    const byName = new Map<string, Json | null>();
    for (const person of persons) {
      if (typeof person['email'] === 'string') byEmail.set(person['email'].toLowerCase(), person);
      if (typeof person['name'] !== 'string') continue;
      const name = foldText(person['name']);
      // null: more than one person has this name, so it names nobody for sure.
      byName.set(name, byName.has(name) ? null : person);
    }
    for (const { person, reference, line } of this.#pending) {
      const name = String(person['name']);
      const wanted = reference.trim();
      const key = wanted.toLowerCase();
      const manager = wanted.includes('@')
        ? byEmail.get(key)
        : (this.#byEmployeeId.get(key) ?? byId.get(wanted) ?? byName.get(foldText(wanted)));
      if (manager === null) {
        notes.push({
          line,
          message: `${name}: manager "${wanted}" is the name of several people; give an email or employee id (left out)`,
        });
      } else if (manager === undefined) {
        notes.push({ line, message: `${name}: manager "${wanted}" is nobody in the manifest (left out)` });
      } else if (manager === person) {
        notes.push({ line, message: `${name}: a person cannot be their own manager (left out)` });
      } else {
        person['manager'] = manager['id'];
      }
    }
    // The manifest's own rule, so the import never writes a cycle the loader would break.
    const trees = { people: persons as { id: string; manager?: string }[], departments: [] };
    for (const problem of breakHierarchyCycles(trees, { people: [], departments: [] })) {
      const person = persons[problem.path[1] as number] as Json;
      const line = this.#lines.get(person) ?? 0;
      notes.push({
        line,
        message: `${String(person['name'])}: ${problem.message.replace('(link left out)', '(left out)')}`,
      });
    }
    return notes.sort((a, b) => a.line - b.line);
  }
}
