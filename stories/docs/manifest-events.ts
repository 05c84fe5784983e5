/**
 * The events page's rows, from custom-elements.json: each event the kit fires, with every element
 * that fires it and what it means there. Plain data, so the MDX page only lays it out.
 */

interface ManifestEvent {
  name: string;
  description?: string;
  type?: { text: string };
}

export interface Manifest {
  modules: { declarations?: { tagName?: string; events?: ManifestEvent[] }[] }[];
}

export interface KitEvent {
  name: string;
  firedBy: { tag: string; description: string; detail?: string }[];
}

/** Every event by name, in the order a page meets them (load, error, select, period change), then the rest by name. */
export function kitEvents(manifest: Manifest): KitEvent[] {
  const byName = new Map<string, KitEvent>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    for (const event of declaration.events ?? []) {
      const entry = byName.get(event.name) ?? { name: event.name, firedBy: [] };
      entry.firedBy.push({ tag: declaration.tagName, description: event.description ?? '', ...(event.type ? { detail: event.type.text } : {}) });
      byName.set(event.name, entry);
    }
  }
  const order = ['bsc-load', 'bsc-error', 'bsc-select', 'bsc-period-change'];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...byName.values()].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
