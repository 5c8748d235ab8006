// Preloaded with `node -r`: when the process exits, writes its peak resident set size in bytes to
// $BENCH_PEAK_RSS_FILE, so the benchmark reads the kernel's own high-water mark, not a sample.
const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
