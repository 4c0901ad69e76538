// Checks a vägvisare as a whole, which no field schema can: every answer leads to a step that
// exists, no path loops, every step can be reached, every path ends in an outcome, and every
// source, process and linked page exists. Each message names the step and says how to fix it.
import { isFraga, type Steg, type Vagvisare } from './model.ts';

export interface Known {
  /** Ids of content/kallor/. */
  kallor: Set<string>;
  /** Ids of content/processer/. */
  processer: Set<string>;
  /** Addresses of the site's pages that a guide may link to, e.g. "/roller/styrelsen/". */
  sidor: Set<string>;
}

/** More pages than this per guide means the guide has grown past what a reader can follow. */
export const MAX_PATHS = 200;

const list = (ids: Iterable<string>) => [...ids].sort().join(', ') || '(inga)';

export function checkGuide(guide: Vagvisare, known: Known): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Steg>();
  for (const s of guide.steg) {
    if (byId.has(s.id)) problems.push(`steget "${s.id}" finns två gånger. Ge varje steg ett eget id.`);
    byId.set(s.id, s);
  }
  const ids = list(byId.keys());
  if (!byId.has(guide.start))
    problems.push(`start: "${guide.start}" är inget steg i filen. Ange id:t för den första frågan. Stegen heter: ${ids}.`);
  else if (!isFraga(byId.get(guide.start)!)) problems.push(`start: "${guide.start}" är ett utfall. Vägvisaren ska börja med en fråga.`);

  for (const s of guide.steg) {
    if (!known.kallor.has(s.kalla))
      problems.push(`steget "${s.id}": källan "${s.kalla}" finns inte i content/kallor/. Giltiga id: ${list(known.kallor)}.`);
    if (isFraga(s)) {
      const answerIds = new Set<string>();
      for (const a of s.svar) {
        if (answerIds.has(a.id)) problems.push(`steget "${s.id}": två svar har id "${a.id}". Varje svar på en fråga behöver ett eget id.`);
        answerIds.add(a.id);
        if (!byId.has(a.till))
          problems.push(
            `steget "${s.id}": svaret "${a.text}" leder till "${a.till}", som inte finns. Ange id:t för ett steg i filen: ${ids}.`,
          );
      }
    } else {
      for (const g of s.grund) {
        if (!known.kallor.has(g.kalla))
          problems.push(`steget "${s.id}": källan "${g.kalla}" i grund finns inte i content/kallor/. Giltiga id: ${list(known.kallor)}.`);
      }
      for (const l of s.lasMer) {
        if (!known.sidor.has(l.sida.split('#')[0]))
          problems.push(
            `steget "${s.id}": länken "${l.sida}" leder inte till någon sida på webbplatsen. Skriv sidans adress, till exempel /roller/styrelsen/.`,
          );
      }
      if (s.process && !known.processer.has(s.process))
        problems.push(`steget "${s.id}": processen "${s.process}" finns inte i content/processer/. Giltiga id: ${list(known.processer)}.`);
    }
  }
  if (problems.length || !byId.has(guide.start)) return problems;

  // Walk every path from the start: a step met again on the same path is a loop.
  const reached = new Set<string>();
  const loops = new Set<string>();
  let paths = 0;
  const walk = (id: string, trail: string[]) => {
    if (paths > MAX_PATHS) return;
    if (trail.includes(id)) {
      loops.add([...trail.slice(trail.indexOf(id)), id].join(' → '));
      return;
    }
    reached.add(id);
    const s = byId.get(id)!;
    if (!isFraga(s)) {
      paths += 1;
      return;
    }
    for (const a of s.svar) walk(a.till, [...trail, id]);
  };
  walk(guide.start, []);
  for (const loop of loops)
    problems.push(
      `stegen bildar en slinga: ${loop}. Ett svar får inte leda tillbaka till ett steg som redan har passerats; låt det leda till ett nytt steg eller ett utfall.`,
    );
  if (paths > MAX_PATHS) problems.push(`vägvisaren har fler än ${MAX_PATHS} vägar från start till utfall. Dela upp den i flera vägvisare.`);
  for (const s of guide.steg) {
    if (!reached.has(s.id))
      problems.push(`steget "${s.id}" nås inte från start ("${guide.start}"). Låt ett svar leda dit eller ta bort steget.`);
  }
  return problems;
}
