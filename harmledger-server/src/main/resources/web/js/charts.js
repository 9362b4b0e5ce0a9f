/* Hand-written SVG charts: incidents per month (bars) and a toll over time (steps). */
"use strict";
const Charts = {
  /** Bars of incident counts per month between the first and last month that has one. */
  perMonth(incidents) {
    const counts = new Map();
    for (const i of incidents) {
      const d = i.date && i.date.start;
      if (d) counts.set(d.slice(0, 7), (counts.get(d.slice(0, 7)) || 0) + 1);
    }
    const W = 900, H = 170, pad = 26;
    const chart = Dom.svg("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", id: "timeline" });
    if (counts.size === 0) return chart;
    const months = Charts.monthRange([...counts.keys()].sort());
    const max = Math.max(...counts.values());
    const bw = (W - 2 * pad) / months.length;
    chart.append(Dom.svg("line", { class: "axis", x1: pad, y1: H - pad, x2: W - pad, y2: H - pad }));
    months.forEach((m, k) => {
      const n = counts.get(m) || 0;
      const h = n === 0 ? 0 : Math.max(2, (H - 2 * pad) * n / max);
      const bar = Dom.svg("rect", { class: "bar", x: pad + k * bw + 1, y: H - pad - h, width: Math.max(1, bw - 2), height: h });
      bar.append(Dom.svg("title", {}, `${m}: ${n}`));
      chart.append(bar);
      const every = Math.ceil(months.length / 12);
      if (k % every === 0) chart.append(Dom.svg("text", { x: pad + k * bw, y: H - 8 }, m));
    });
    chart.append(Dom.svg("text", { x: 2, y: pad }, String(max)));
    return chart;
  },
  monthRange(sorted) {
    const out = [];
    let [y, m] = sorted[0].split("-").map(Number);
    const [ly, lm] = sorted[sorted.length - 1].split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      m++; if (m > 12) { m = 1; y++; }
      if (out.length > 600) break;
    }
    return out;
  },
  /** The toll reported over time: one point per report (published date, lowest figure). */
  toll(history) {
    const W = 600, H = 170, pad = 30;
    const chart = Dom.svg("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", id: "toll" });
    const points = history.filter(h => h.published).map(h => ({ t: Date.parse(h.published), n: h.min, h }));
    if (points.length === 0) return chart;
    points.sort((a, b) => a.t - b.t);
    const t0 = points[0].t, t1 = points[points.length - 1].t;
    const max = Math.max(...points.map(p => p.max || p.n), 1);
    const x = t => t1 === t0 ? W / 2 : pad + (W - 2 * pad) * (t - t0) / (t1 - t0);
    const y = n => H - pad - (H - 2 * pad) * n / max;
    chart.append(Dom.svg("line", { class: "axis", x1: pad, y1: H - pad, x2: W - pad, y2: H - pad }));
    let d = "";
    points.forEach((p, k) => { d += (k === 0 ? "M" : "L") + x(p.t) + "," + y(p.n) + " "; });
    chart.append(Dom.svg("path", { class: "line", d }));
    for (const p of points) {
      const dot = Dom.svg("circle", { class: "dot", cx: x(p.t), cy: y(p.n), r: 4 });
      dot.append(Dom.svg("title", {}, `${p.h.published} ${p.h.publisher || p.h.source}: ${p.n}`));
      chart.append(dot);
      chart.append(Dom.svg("text", { x: x(p.t) - 10, y: y(p.n) - 8 }, String(p.n)));
    }
    chart.append(Dom.svg("text", { x: pad, y: H - 8 }, points[0].h.published));
    if (t1 !== t0) chart.append(Dom.svg("text", { x: W - pad - 60, y: H - 8 }, points[points.length - 1].h.published));
    return chart;
  },
};
