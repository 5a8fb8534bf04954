/*
 * Which jobs and steps of a GitHub Actions workflow run for an event, with GitHub's own expression
 * evaluator (@actions/expressions) for every `if:`. The status functions follow the runner:
 * a job's success() needs every job upstream of it (not only its direct needs) to have succeeded,
 * which is why a job after an optional job must say `!cancelled()`.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

export interface WorkflowStep {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

export interface WorkflowJob {
  needs?: string | string[];
  if?: string;
  env?: Record<string, string>;
  steps: WorkflowStep[];
  container?: unknown;
}

export interface Workflow {
  on: Record<string, unknown>;
  env?: Record<string, string>;
  jobs: Record<string, WorkflowJob>;
}

export type Result = 'success' | 'failure' | 'skipped';

export interface Scenario {
  event: string;
  /** What the due-check answers on a schedule. */
  due?: boolean;
  /** Steps that fail, as `job.stepId`. */
  failing?: string[];
  /** Secrets that are set (value irrelevant). */
  secrets?: string[];
  /** The build's list of changed feeds (its `changed_feeds` output); default none, `[]`. */
  changedFeeds?: string;
  /** Repository variables that are set (`vars.*`). */
  vars?: Record<string, string>;
}

export interface StepRun extends WorkflowStep {
  ran: boolean;
  /** The step's `env` as the runner would set it (expressions evaluated), when it ran. */
  runEnv?: Record<string, string>;
}

export interface JobRun {
  result: Result;
  steps: StepRun[];
}

const strip = (expression: string) =>
  expression
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();

/** As GitHub does: a condition without a status function only applies when everything before succeeded. */
function condition(expression: string | undefined): string {
  if (expression === undefined) return 'success()';
  const inner = strip(expression);
  return /\b(success|failure|cancelled|always)\(\)/.test(inner) ? inner : `success() && (${inner})`;
}

function truthy(value: data.ExpressionData): boolean {
  switch (value.kind) {
    case data.Kind.Boolean:
      return value.value;
    case data.Kind.Null:
      return false;
    case data.Kind.Number:
      return value.number() !== 0 && !Number.isNaN(value.number());
    case data.Kind.String:
      return value.coerceString() !== '';
    default:
      return true;
  }
}

function evaluate(
  expression: string,
  contexts: Record<string, unknown>,
  status: Record<string, () => boolean>,
): data.ExpressionData {
  const { tokens } = new Lexer(strip(expression)).lex();
  const functions = Object.keys(status).map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
  const tree = new Parser(tokens, Object.keys(contexts), functions).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  const implementations = new Map(
    Object.entries(status).map(([name, f]) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(f()) },
    ]),
  );
  return new Evaluator(tree, context, implementations).evaluate();
}

const needsOf = (job: WorkflowJob) =>
  job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];

function ancestors(workflow: Workflow, name: string): string[] {
  const direct = needsOf(workflow.jobs[name]!);
  return [...new Set([...direct, ...direct.flatMap((n) => ancestors(workflow, n))])];
}

/** The jobs (in `needs` order) and steps that run for `scenario`, and how each ended. */
export function simulate(workflow: Workflow, scenario: Scenario): Record<string, JobRun> {
  const runs: Record<string, JobRun> = {};
  const github = {
    event_name: scenario.event,
    workspace: '/home/runner/work/repo/repo',
    sha: 'abc',
    server_url: 'https://github.com',
    repository: 'o/r',
    run_id: '1',
  };
  const secrets = Object.fromEntries((scenario.secrets ?? []).map((name) => [name, 'set']));
  const vars = scenario.vars ?? {};
  const pending = Object.keys(workflow.jobs);
  while (pending.length > 0) {
    const index = pending.findIndex((name) => needsOf(workflow.jobs[name]!).every((n) => runs[n]));
    if (index < 0) throw new Error(`jobs with unmet needs: ${pending.join(', ')}`);
    const [name] = pending.splice(index, 1) as [string];
    const job = workflow.jobs[name]!;
    const needs = Object.fromEntries(
      needsOf(job).map((n) => [
        n,
        { result: runs[n]!.result, outputs: runs[n]!.result === 'success' ? jobOutputs(n, scenario) : {} },
      ]),
    );
    const upstream = ancestors(workflow, name).map((n) => runs[n]!.result);
    const jobStatus = {
      success: () => upstream.every((r) => r === 'success'),
      failure: () => upstream.includes('failure'),
      cancelled: () => false,
      always: () => true,
    };
    const runsJob = truthy(evaluate(condition(job.if), { github, needs, vars }, jobStatus));
    if (!runsJob) {
      runs[name] = { result: 'skipped', steps: job.steps.map((s) => ({ ...s, ran: false })) };
      continue;
    }
    const env = evaluateEnv({ ...workflow.env, ...job.env }, { github, secrets, vars });
    let failed = false;
    const steps: Record<string, { outcome: Result }> = {};
    const stepRuns = job.steps.map((step) => {
      const stepStatus = { success: () => !failed, failure: () => failed, cancelled: () => false, always: () => true };
      const ran = truthy(evaluate(condition(step.if), { github, env, steps, needs, secrets, vars }, stepStatus));
      const outcome: Result = !ran
        ? 'skipped'
        : scenario.failing?.includes(`${name}.${step.id ?? step.name}`)
          ? 'failure'
          : 'success';
      if (outcome === 'failure') failed = true;
      const runEnv = ran ? evaluateEnv(step.env ?? {}, { github, env, steps, needs, secrets, vars }) : undefined;
      if (step.id) steps[step.id] = { outcome };
      return { ...step, ran, ...(runEnv ? { runEnv } : {}) };
    });
    runs[name] = { result: failed ? 'failure' : 'success', steps: stepRuns };
  }
  return runs;
}

/** `env` values with every `${{ … }}` in them evaluated, in order (a later value may read an earlier one). */
function evaluateEnv(values: Record<string, string>, contexts: Record<string, unknown>): Record<string, string> {
  const outer = (contexts.env ?? {}) as Record<string, string>;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const scope = { ...contexts, env: { ...outer, ...env } };
    env[key] = String(value).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
      evaluate(expression, scope, {}).coerceString(),
    );
  }
  return env;
}

/** What a successful job hands on: the due-check's answer, the build's changed feeds. */
function jobOutputs(job: string, scenario: Scenario): Record<string, string> {
  if (job === 'due') return { due: String(scenario.due ?? false) };
  if (job === 'build') return { changed_feeds: scenario.changedFeeds ?? '[]' };
  return {};
}
