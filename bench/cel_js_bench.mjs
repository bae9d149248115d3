// The rule of eval_bench.cpp in @marcbachmann/cel-js, for comparison in the
// same run: parse once, evaluate many times; prints ns per evaluation.
// Usage: node bench/cel_js_bench.mjs PATH/node_modules/@marcbachmann/cel-js/lib/index.js
const {parse} = await import(process.argv[2]);
const rule = 'staff.filter(s, s.full_time).size() >= {"一类": 6, "二类": 5, "三类": 4}[station.class]';
const person = (name, fullTime) => ({name, full_time: fullTime, years: 3n});
const facts = {
  staff: [person('张', true), person('李', true), person('王', true), person('赵', true), person('刘', true)],
  station: {name: '城关司法所', class: '二类'},
};
const program = parse(rule);
if (program(facts) !== true) {
  throw new Error('wrong result');
}
let best = Infinity;
for (let round = 0; round < 5; ++round) {
  const count = 200000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; ++i) {
    program(facts);
  }
  best = Math.min(best, Number(process.hrtime.bigint() - start) / count);
}
console.log(best.toFixed(0));
