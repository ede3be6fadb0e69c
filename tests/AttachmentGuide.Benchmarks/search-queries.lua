-- search-queries.lua: wrk's script for compare.sh's search step. Each connection's requests cycle through the
-- paths in the file $QUERIES (one /search?q=... a line, from the benchmark tool's `queries` command), and the run
-- ends by printing its figures as key=value lines.
local paths = {}
for line in io.lines(os.getenv("QUERIES")) do
  paths[#paths + 1] = line
end
local next_path = 0

function init(args)
  -- Each thread starts at its own place in the list, so the two threads do not ask the same thing in step.
  next_path = math.random(#paths) - 1
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("p50_ms=%.3f\np99_ms=%.3f\nrequests=%d\nseconds=%.3f\nerrors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, summary.duration / 1e6,
    e.connect + e.read + e.write + e.status + e.timeout))
end
