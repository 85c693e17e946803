// A V8 CPU profile (`node --cpu-prof`) summarised by where its self time goes: the project's own modules, and
// each library by name.

/** The area a stack frame belongs to, from its script's URL. */
function areaOf(url, name) {
  if (!url)
    return name === "(garbage collector)" ? "garbage collection" : name === "(idle)" ? "idle" : "V8 and Node internals";
  if (url.startsWith("node:")) return `Node (${url.slice(5).split("/")[0]})`;
  const packaged = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packaged) return packaged[1];
  const own = /\/(lib\/[^/]+(?:\/[^/]+)?|app\/[^/]+|proxy|auth)[^/]*$/.exec(url);
  if (own) return `project: ${own[1]}`;
  if (url.includes(".next/server"))
    return "the app's server bundle (project code, Next and libraries bundled together)";
  return "other";
}

export function summarizeCpuProfile(profile) {
  const selfTime = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const area = areaOf(node.callFrame.url, node.callFrame.functionName);
    selfTime.set(area, (selfTime.get(area) ?? 0) + (deltas[i] ?? 0));
  }
  const busy = [...selfTime.entries()].filter(([area]) => area !== "idle");
  const total = busy.reduce((sum, [, time]) => sum + time, 0);
  const areas = busy
    .map(([area, time]) => ({ area, share: (time / total) * 100, ms: time / 1000 }))
    .sort((a, b) => b.share - a.share);
  return { totalBusyMs: total / 1000, areas };
}
