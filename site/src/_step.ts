// usage: node step.ts <cacheDir> <generation|-> : times the site's content load (CPU and wall)
import { pathToFileURL } from 'node:url';
import { loadSiteContent, contentFingerprint } from '/work/wt/content/site/src/content/loadSiteContent.ts';
const [cacheDir, generation] = process.argv.slice(2);
const siteRoot = pathToFileURL('/work/wt/content/site/');
const cpu0 = process.cpuUsage(); const t0 = performance.now();
const loaded = await loadSiteContent(siteRoot, () => {}, { cacheDir: pathToFileURL(cacheDir + '/'), generation: generation === '-' ? undefined : generation });
const fp = await contentFingerprint(siteRoot, loaded);
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ wallMs: Math.round(performance.now() - t0), cpuMs: Math.round((cpu.user + cpu.system) / 1000), changes: loaded.changes && loaded.changes.changedDocuments, reason: loaded.fullLoadReason, generation: loaded.generation, posts: loaded.content.posts.length }));
