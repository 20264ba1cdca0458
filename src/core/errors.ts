/**
 * The one error type users see. It names the file and field at fault and says how to fix it;
 * the CLI prints it without a stack trace and exits 2.
 */
export class ThroughlineError extends Error {
  readonly file: string | undefined;
  readonly field: string | undefined;
  readonly hint: string | undefined;

  constructor(message: string, where: { file?: string; field?: string; hint?: string } = {}) {
    super(message);
    this.name = 'ThroughlineError';
    this.file = where.file;
    this.field = where.field;
    this.hint = where.hint;
  }

  /** `content/planner.json: channels[0].cadence: FREQ=HOURLY is more often than daily` */
  format(): string {
    const where = [this.file, this.field].filter(Boolean).join(': ');
    const text = where ? `${where}: ${this.message}` : this.message;
    return this.hint ? `${text}\n  hint: ${this.hint}` : text;
  }

  toJSON() {
    return { file: this.file, field: this.field, message: this.message, hint: this.hint };
  }
}

/** Zod issue path ['channels', 0, 'cadence'] -> `channels[0].cadence`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** One ThroughlineError per zod issue, each naming the file and the field. */
export function issuesToErrors(file: string, issues: readonly IssueLike[], prefix: readonly PropertyKey[] = []): ThroughlineError[] {
  return issues.map((issue) => new ThroughlineError(issue.message, { file, field: formatPath([...prefix, ...issue.path]) || undefined }));
}
