// Preloaded with `node --import`: reports this process's own peak RSS (getrusage RUSAGE_SELF, in KB) at exit,
// so the figure is aiguard's, not the git child's (GNU time would report the larger of the two).
process.on('exit', () => {
  process.stderr.write(`\naiguard-bench-max-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
