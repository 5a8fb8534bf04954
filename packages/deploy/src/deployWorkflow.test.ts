import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '@frm/content/urls';
import { simulate, type Scenario, type StepRun, type Workflow, type WorkflowStep } from './workflowRuns.ts';

const workflow = parse(
  readFileSync(new URL('../../../.github/workflows/deploy.yml', import.meta.url), 'utf8'),
) as Workflow;
const secrets = ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN'];
const run = (scenario: Scenario) => simulate(workflow, { secrets, ...scenario });

// The repository variable DEPLOY_TARGET picks the host; each has its own deploy job, the other is skipped.
const targets = [
  { target: 'GitHub Pages (variable unset)', vars: {}, deployJob: 'deploy', otherJob: 'cloudflare' },
  { target: 'GitHub Pages', vars: { DEPLOY_TARGET: 'github-pages' }, deployJob: 'deploy', otherJob: 'cloudflare' },
  {
    target: 'Cloudflare Pages',
    vars: { DEPLOY_TARGET: 'cloudflare-pages' },
    deployJob: 'cloudflare',
    otherJob: 'deploy',
  },
] as const;

const ranSteps = (runs: ReturnType<typeof run>): StepRun[] =>
  Object.values(runs).flatMap((job) => job.steps.filter((s) => s.ran));
const isTest = (step: StepRun) => /\bpnpm (run )?test\b/.test(step.run ?? '');
const isBrowser = (step: StepRun) => /chromium|playwright/i.test(step.run ?? '');
const isAudit = (step: StepRun) => /\bpnpm audit --prod --audit-level=high\b/.test(step.run ?? '');
const isStatus = (outcome: 'failed' | 'updated') => (step: WorkflowStep) =>
  (step.run ?? '').includes(`updateSiteStatus.ts ${outcome}`);
const jobResults = (runs: ReturnType<typeof run>) =>
  Object.fromEntries(Object.entries(runs).map(([name, job]) => [name, job.result]));

const contentEvents = ['repository_dispatch', 'schedule', 'workflow_dispatch'] as const;

describe('deploy workflow', () => {
  it("the due-check's fallback origin is the build's default (DEFAULT_SITE_URL), and the build uses the build's own", () => {
    const due = workflow.jobs.due!.steps.find((s) => s.run === 'node packages/deploy/src/dueCheck.ts');
    expect(due?.env?.SITE_URL).toBe(`\${{ vars.SITE_URL || '${DEFAULT_SITE_URL}' }}`);
    expect(workflow.jobs.build!.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
  });

  it('the due job checks out every file the due-check imports, and it imports nothing but Node built-ins besides', () => {
    const repo = fileURLToPath(new URL('../../../', import.meta.url));
    const checkout = workflow.jobs.due!.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    const sparse = String(checkout?.with?.['sparse-checkout'] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^import [^'"]*'([^']+)'/gm)) {
        if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!));
        else expect(specifier, file).toMatch(/^node:/);
      }
    };
    visit(resolve(repo, 'packages/deploy/src/dueCheck.ts'));
    expect(seen.size).toBeGreaterThan(1);
    for (const file of seen)
      expect(
        sparse.some((path) => relative(repo, file).startsWith(`${path}/`)),
        relative(repo, file),
      ).toBe(true);
  });

  it('listens for the Sanity webhook, the schedule, manual runs, pushes to main and pull requests', () => {
    expect(Object.keys(workflow.on).sort()).toEqual([
      'pull_request',
      'push',
      'repository_dispatch',
      'schedule',
      'workflow_dispatch',
    ]);
    expect(workflow.on.repository_dispatch).toEqual({ types: ['sanity-publish'] });
  });

  describe.each(targets)('to $target', ({ vars, deployJob, otherJob }) => {
    const runTo = (scenario: Scenario) => run({ vars, ...scenario });
    const deployed = (runs: ReturnType<typeof run>) => ({
      [deployJob]: runs[deployJob]!.result,
      [otherJob]: runs[otherJob]!.result,
    });

    it.each(contentEvents)('content path (%s): builds and deploys without any test or browser step', (event) => {
      const runs = runTo({ event, due: true });
      expect(jobResults(runs)).toEqual({
        due: event === 'schedule' ? 'success' : 'skipped',
        checks: 'skipped',
        build: 'success',
        [deployJob]: 'success',
        [otherJob]: 'skipped',
        status: 'success',
        websub: 'skipped',
      });
      expect(ranSteps(runs).filter((s) => isTest(s) || isBrowser(s) || isAudit(s))).toEqual([]);
      expect(ranSteps(runs).some(isStatus('updated'))).toBe(true);
    });

    it('push to main: checks, build, then this host only', () => {
      const runs = runTo({ event: 'push' });
      expect(jobResults(runs)).toMatchObject({ checks: 'success', build: 'success' });
      expect(deployed(runs)).toEqual({ [deployJob]: 'success', [otherJob]: 'skipped' });
    });

    it.each(['push', ...contentEvents])('%s: a failed build deploys nowhere and shows editors why', (event) => {
      const runs = runTo({ event, due: true, failing: ['build.build'] });
      expect(deployed(runs)).toEqual({ [deployJob]: 'skipped', [otherJob]: 'skipped' });
      expect(ranSteps(runs).some(isStatus('failed'))).toBe(true);
    });

    it('pull requests never deploy', () => {
      expect(deployed(runTo({ event: 'pull_request' }))).toEqual({ [deployJob]: 'skipped', [otherJob]: 'skipped' });
    });

    it('pings the WebSub hubs after this host deployed a changed feed, and not after a failed deploy', () => {
      const changedFeeds = JSON.stringify([
        { self: 'https://example.org/podcast/feed.xml', hub: 'https://pubsubhubbub.appspot.com/' },
      ]);
      expect(runTo({ event: 'repository_dispatch', changedFeeds }).websub!.result).toBe('success');
      const failedStep = workflow.jobs[deployJob]!.steps.at(-1)!;
      const failed = runTo({
        event: 'repository_dispatch',
        changedFeeds,
        failing: [`${deployJob}.${failedStep.id ?? failedStep.name}`],
      });
      expect(failed[deployJob]!.result).toBe('failure');
      expect(failed.websub!.result).toBe('skipped');
    });
  });

  it('Cloudflare Pages: uploads the same built files with wrangler, the version e2e/package.json pins, with the named secrets', () => {
    const job = workflow.jobs.cloudflare!;
    const wrangler = job.steps.find((s) => s.run?.includes('pages deploy'))!;
    expect(wrangler.run).toMatch(/npx --yes "wrangler@\$WRANGLER_VERSION" pages deploy dist /);
    expect(wrangler.run).toContain('require("./e2e/package.json").devDependencies.wrangler');
    expect(wrangler.env).toMatchObject({
      CLOUDFLARE_API_TOKEN: '${{ secrets.CLOUDFLARE_API_TOKEN }}',
      CLOUDFLARE_ACCOUNT_ID: '${{ secrets.CLOUDFLARE_ACCOUNT_ID }}',
      CLOUDFLARE_PAGES_PROJECT: '${{ vars.CLOUDFLARE_PAGES_PROJECT }}',
    });
    // The artifact the build uploads for GitHub Pages: one build, the same files on either host.
    expect(job.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toEqual({
      name: 'github-pages',
    });
    expect(
      workflow.jobs
        .build!.steps.filter((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))
        .map((s) => s.with?.path),
    ).toEqual(['site/dist']);
    const docs = readFileSync(new URL('../../../docs/deploy.md', import.meta.url), 'utf8');
    for (const name of ['DEPLOY_TARGET', 'CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID', 'CLOUDFLARE_PAGES_PROJECT'])
      expect(docs, name).toContain(name);
  });

  it('a scheduled run with nothing due stops after the due-check, which runs before anything is installed', () => {
    const runs = run({ event: 'schedule', due: false });
    expect(jobResults(runs)).toEqual({
      due: 'success',
      checks: 'skipped',
      build: 'skipped',
      deploy: 'skipped',
      cloudflare: 'skipped',
      status: 'skipped',
      websub: 'skipped',
    });
    expect(runs.due!.steps.map((s) => s.run ?? s.uses)).toEqual([
      expect.stringMatching(/^actions\/checkout@/),
      expect.stringMatching(/^actions\/setup-node@/),
      'node packages/deploy/src/dueCheck.ts',
    ]);
  });

  it('push to main: type-check, audit and the whole test suite in chromium first, then build and deploy', () => {
    const runs = run({ event: 'push' });
    expect(jobResults(runs)).toEqual({
      due: 'skipped',
      checks: 'success',
      build: 'success',
      deploy: 'success',
      cloudflare: 'skipped',
      status: 'success',
      websub: 'skipped',
    });
    const checks = runs.checks!.steps.filter((s) => s.ran);
    expect(checks.some(isTest)).toBe(true);
    expect(checks.some(isBrowser)).toBe(true);
    expect(checks.some(isAudit)).toBe(true);
    expect(checks.some((s) => s.run === 'pnpm check')).toBe(true);
  });

  it('pull request: the same checks (no audit) and a build, never a deploy or a status write', () => {
    const runs = run({ event: 'pull_request' });
    expect(jobResults(runs)).toEqual({
      due: 'skipped',
      checks: 'success',
      build: 'success',
      deploy: 'skipped',
      cloudflare: 'skipped',
      status: 'skipped',
      websub: 'skipped',
    });
    expect(ranSteps(runs).some(isTest)).toBe(true);
    expect(ranSteps(runs).some(isAudit)).toBe(false);
    expect(ranSteps(runs).some(isStatus('updated'))).toBe(false);
  });

  it.each(['push', ...contentEvents])('%s: a failed build never deploys', (event) => {
    const runs = run({ event, due: true, failing: ['build.build'] });
    expect(runs.build!.result).toBe('failure');
    expect(runs.deploy!.result).toBe('skipped');
    expect(runs.build!.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.ran).toBe(false);
    // Editors see why in the Studio; the banner is not cleared.
    expect(ranSteps(runs).some(isStatus('failed'))).toBe(true);
    expect(ranSteps(runs).some(isStatus('updated'))).toBe(false);
  });

  it('push: failing checks stop the build and the deploy', () => {
    const runs = run({ event: 'push', failing: ['checks.Test (unit, studio, end-to-end against the seed dataset)'] });
    expect(jobResults(runs)).toEqual({
      due: 'skipped',
      checks: 'failure',
      build: 'skipped',
      deploy: 'skipped',
      cloudflare: 'skipped',
      status: 'skipped',
      websub: 'skipped',
    });
  });

  it('pings the WebSub hubs after a deploy that changed a feed, and only then', () => {
    const changedFeeds = JSON.stringify([
      { self: 'https://example.org/podcast/feed.xml', hub: 'https://pubsubhubbub.appspot.com/' },
    ]);
    const changed = run({ event: 'repository_dispatch', changedFeeds });
    expect(jobResults(changed)).toMatchObject({ deploy: 'success', websub: 'success' });
    expect(changed.websub!.steps.find((s) => s.run?.includes('websub.ts ping'))?.ran).toBe(true);
    expect(changed.build!.steps.find((s) => s.run?.includes('pnpm feeds:changed'))?.ran).toBe(true);
    expect(jobResults(run({ event: 'repository_dispatch' }))).toMatchObject({ deploy: 'success', websub: 'skipped' });
    expect(jobResults(run({ event: 'repository_dispatch', changedFeeds, failing: ['build.build'] }))).toMatchObject({
      deploy: 'skipped',
      websub: 'skipped',
    });
    expect(jobResults(run({ event: 'pull_request', changedFeeds }))).toMatchObject({
      deploy: 'skipped',
      websub: 'skipped',
    });
  });

  /** The status writes of a run, in order: which outcome, and the step named to editors. */
  const statusWrites = (runs: ReturnType<typeof run>) =>
    ranSteps(runs)
      .filter((s) => isStatus('failed')(s) || isStatus('updated')(s))
      .map((s) => (isStatus('updated')(s) ? 'updated' : `failed: ${s.runEnv?.FAILED_STEP || 'content report'}`));

  it.each(contentEvents)('%s: records `updated` only after the deploy succeeded, in a job after it', (event) => {
    const runs = run({ event, due: true });
    expect(statusWrites(runs)).toEqual(['updated']);
    expect(runs.build!.steps.some((s) => s.ran && isStatus('updated')(s))).toBe(false);
    expect(workflow.jobs.status!.needs).toContain('deploy');
    expect(runs.status!.steps.find(isStatus('updated'))?.ran).toBe(true);
  });

  // Every step after the install that can stop the site going live, as `job.step`, and what editors are told.
  const laterSteps = [
    ['build.build', 'Build the site from the Content Lake'],
    ['build.feeds', 'List the feeds this deploy changes (WebSub)'],
    ['build.upload', 'Upload the site for GitHub Pages'],
    ['deploy.deployment', 'Deploy to GitHub Pages'],
  ] as const;

  it.each(laterSteps)(
    'a failure in %s: never `updated`; the banner names the step “%s” and the run',
    (failing, stepName) => {
      const runs = run({ event: 'repository_dispatch', failing: [failing] });
      expect(statusWrites(runs)).toEqual([`failed: ${stepName}`]);
      const write = ranSteps(runs).find(isStatus('failed'))!;
      expect(write.runEnv?.RUN_URL).toBe('https://github.com/o/r/actions/runs/1');
      // The name editors read is the step's (or job's) own name in the workflow.
      const [job, id] = failing.split('.') as [string, string];
      const named =
        job === 'deploy'
          ? (workflow.jobs.deploy as unknown as { name: string })
          : workflow.jobs[job]!.steps.find((s) => s.id === id)!;
      expect(named.name).toBe(stepName);
    },
  );

  it('Cloudflare Pages: `updated` only after wrangler uploaded the site; its failure names “Deploy to Cloudflare Pages”', () => {
    const vars = { DEPLOY_TARGET: 'cloudflare-pages' };
    expect(workflow.jobs.status!.needs).toContain('cloudflare');
    expect(statusWrites(run({ event: 'repository_dispatch', vars }))).toEqual(['updated']);
    const failed = run({
      event: 'repository_dispatch',
      vars,
      failing: ['cloudflare.Deploy with wrangler (direct upload)'],
    });
    expect(failed.cloudflare!.result).toBe('failure');
    expect(statusWrites(failed)).toEqual(['failed: Deploy to Cloudflare Pages']);
    expect((workflow.jobs.cloudflare as unknown as { name: string }).name).toBe('Deploy to Cloudflare Pages');
  });

  it('covers every step of the build after the install, and the deploy', () => {
    const build = workflow.jobs.build!.steps;
    const afterInstall = build
      .slice(build.findIndex((s) => s.id === 'install') + 1)
      .filter((s) => !isStatus('failed')(s));
    expect(afterInstall.map((s) => `build.${s.id}`)).toEqual(
      laterSteps.filter(([step]) => step.startsWith('build.')).map(([step]) => step),
    );
    expect(workflow.jobs.deploy!.steps.map((s) => `deploy.${s.id}`)).toEqual(['deploy.deployment']);
  });

  it('a failure before the dependencies are installed writes nothing (the script needs them)', () => {
    expect(statusWrites(run({ event: 'repository_dispatch', failing: ['build.install'] }))).toEqual([]);
  });

  it('writes the Studio status only with a write token', () => {
    const runs = simulate(workflow, {
      event: 'repository_dispatch',
      secrets: ['SANITY_PROJECT_ID'],
      failing: ['build.build'],
    });
    expect(ranSteps(runs).some(isStatus('failed'))).toBe(false);
    expect(statusWrites(simulate(workflow, { event: 'repository_dispatch', secrets: ['SANITY_PROJECT_ID'] }))).toEqual(
      [],
    );
    expect(
      statusWrites(
        simulate(workflow, {
          event: 'repository_dispatch',
          secrets: ['SANITY_PROJECT_ID'],
          failing: ['deploy.deployment'],
        }),
      ),
    ).toEqual([]);
  });

  it('pins every action to a full commit SHA', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((u) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(u))).toEqual([]);
  });

  it('caches the pnpm store and Astro’s cache on the build path', () => {
    const cached = workflow.jobs
      .build!.steps.filter((s) => s.uses?.startsWith('actions/cache@'))
      .map((s) => s.with?.path);
    expect(cached).toEqual(['${{ steps.pnpm.outputs.store }}', 'site/node_modules/.astro']);
  });
});
