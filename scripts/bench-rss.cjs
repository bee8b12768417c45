// Preloaded by scripts/bench.mjs into the measured node process: reports its peak RSS on exit.
process.on("exit", () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
