// Law references in content ("9 §", "7 a §", "11 kap.") never break between number and sign
// (src/lib/no-break.mjs). Headings are left as written: their anchors, which search and other
// pages link to, are made from their text.
import { defineHastPlugin } from 'satteri';
import { joinReferences } from '../lib/no-break.mjs';

const HEADING = /^h[1-6]$/;

export function sectionSigns() {
  return () =>
    defineHastPlugin({
      name: 'kunskapsstod-section-signs',
      text(node, ctx) {
        const joined = joinReferences(node.value);
        if (joined === node.value) return;
        for (let p = ctx.parent(node); p && p.type !== 'root'; p = ctx.parent(p))
          if (p.type === 'element' && HEADING.test(p.tagName)) return;
        ctx.replaceNode(node, { type: 'text', value: joined });
      },
    });
}
