// The LineUp.js side of tests/bench/compare.mjs: the ten K-AI teams × the four criteria of
// data/kai-2025.json as a weighted stacked combined column (StackColumn, weights 25 each),
// sorted by it, missing scores left missing (null). `teams.json` is the same data reduced to
// names and score values by compare.mjs (so LineUp is not charged for the details, quotes and
// sources our widget carries). `?round=<id>` keeps only that round's participants (compare.mjs
// measures the 2025 selection's ten teams, as our page does with the same query). Exposes a test
// hook, window.__lineup = { setWeights, order }.
const CRITERIA = ['performance', 'sovereignty', 'industry', 'global'];
performance.mark('lineup:start');
const res = await fetch('teams.json');
const { teams: all, labels, rounds } = await res.json();
const round = new URLSearchParams(location.search).get('round');
const teams = round ? all.filter((t) => rounds[round]?.includes(t.id)) : all;
const L = globalThis.LineUpJS;
const b = L.builder(teams)
  .column(L.buildStringColumn('name').label('팀').width(180))
  .column(L.buildStringColumn('id').label('id').width(60));
for (const c of CRITERIA) b.column(L.buildNumberColumn(c, [0, 10]).label(labels[c]));
const ranking = L.buildRanking().supportTypes().column('name')
  .weightedSum('가중 점수', ...CRITERIA.flatMap((c) => [c, 0.25]))
  .column('id');
b.ranking(ranking).sidePanel(false).deriveColors().animated(false);
const lineup = b.build(document.getElementById('lineup'));
const first = lineup.data.getFirstRanking();
const stack = first.children.find((c) => c instanceof L.StackColumn);
stack.sortByMe(false); // descending: the highest weighted score first
performance.mark('lineup:built');

window.__lineup = {
  stack,
  /** Sets the four weights (percent, any scale; LineUp normalises them to sum 1). */
  setWeights(w) {
    const sum = w.reduce((s, x) => s + x, 0) || 1;
    stack.setWeights(w.map((x) => x / sum));
  },
  /** Team ids in the order LineUp shows them (rows carry their data index in data-i). */
  order() {
    return [...document.querySelectorAll('#lineup .le-tr[data-i]')]
      .map((r) => teams[Number(r.dataset.i)]?.id);
  },
};
