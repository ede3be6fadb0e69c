# compare-lib.sh: the helpers compare.sh uses (logging, ports, statistics, the site process, load tools).
# Sourced by compare.sh, never run alone; the functions read its settings ($WORK, $STATE, $PIDS, $DURATION…)
# when they are called.

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { echo "compare.sh: $*" >&2; exit 2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

stop_pid() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for i in "${!PIDS[@]}"; do
    [[ "${PIDS[$i]}" == "$pid" ]] && unset 'PIDS[i]'
  done
  return 0
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  while :; do
    # Below Linux's ephemeral range (32768+), where wrk's and autocannon's own connections take their ports.
    p=$(( 20000 + RANDOM % 12000 ))
    port_in_use "$p" || { echo "$p"; return; }
  done
}

# stats VALUES... -> "median min max"
stats() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {
    if (NR == 0) { print "nan nan nan"; exit }
    m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "%.6g %.6g %.6g\n", m, a[1], a[NR] }'
}
median() { stats "$@" | cut -d' ' -f1; }
calc() { awk "BEGIN { printf \"%.4g\", $1 }"; }

# ---------------------------------------------------------------- site process helpers
# start_site PORT CONTENT [ENV...]: starts the published site in the background, sets SITE_PID.
start_site() {
  local port=$1 content=$2
  shift 2
  env ASPNETCORE_ENVIRONMENT=Production \
      Content__Path="$content" \
      ConnectionStrings__Inquiries="Data Source=$STATE/inquiries.db" \
      DataProtection__KeysPath="$STATE/keys" \
      Serilog__MinimumLevel__Default=Warning \
      Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime=Warning \
      Contact__RateLimit__PermitLimit=1000000 \
      Contact__RateLimit__PerDay=10000000 \
      Contact__RateLimit__PostLimit=10000000 \
      "$@" \
      dotnet "$SITE_DLL" --urls "http://127.0.0.1:$port" >>"$WORK/site-$port.log" 2>&1 &
  SITE_PID=$!
  PIDS+=("$SITE_PID")
}

# wait_200 URL TIMEOUT_S: polls until URL answers 200; fails after the timeout.
wait_200() {
  local url=$1 deadline=$(( $(now_ms) + $2 * 1000 ))
  while (( $(now_ms) < deadline )); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true) == 200 ]] && return 0
    kill -0 "$SITE_PID" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}

peak_rss_mb() { awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# autocannon_run URL RATE SECONDS [HEADER]: prints "p50 p99 achieved_rate bad" (ms, ms, req/s, non-2xx+errors)
autocannon_run() {
  local url=$1 rate=$2 secs=$3
  shift 3
  local args=(-c 32 -R "$rate" -d "$secs" --json)
  [[ $# -gt 0 ]] && args+=(-H "$1")
  "$AUTOCANNON" "${args[@]}" "$url" 2>/dev/null | node -e '
    const j = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const achieved = j.requests.total / j.duration;
    console.log([j.latency.p50, j.latency.p99, achieved.toFixed(0), j.non2xx + j.errors + j.timeouts].join(" "));'
}

# wrk_rps URL [HEADER]: prints requests/s, fails the run on any socket error or non-2xx answer.
wrk_rps() {
  local url=$1 out
  shift
  local args=(-t2 "-c$CONNECTIONS" "-d${DURATION}s")
  [[ $# -gt 0 ]] && args+=(-H "$1")
  out=$(wrk "${args[@]}" "$url")
  echo "$out" >>"$WORK/wrk.log"
  if grep -q -E 'Non-2xx|Socket errors' <<<"$out"; then
    echo "wrk reported errors against $url:" >&2
    grep -E 'Non-2xx|Socket errors' <<<"$out" >&2
    touch "$WORK/wrk-errors"
  fi
  awk '/^Requests\/sec:/ { print $2 }' <<<"$out"
}

find_tools() { # sets NGINX, AUTOCANNON, LIGHTHOUSE and CHROMIUM; when a tool is missing, prints how to install it and exits 3
  local tool
  missing_apt=()
  LIGHTHOUSE=${LIGHTHOUSE_PATH:-$HERE/node_modules/.bin/lighthouse}
  [[ -x "$LIGHTHOUSE" ]] || LIGHTHOUSE=$(command -v lighthouse 2>/dev/null || echo "")
  CHROMIUM=${CHROMIUM_PATH:-/usr/lib/chromium/chromium}
  [[ -x "$CHROMIUM" ]] || missing_apt+=(chromium)
  for tool in nginx wrk hugo curl; do
    command -v "$tool" >/dev/null 2>&1 || [[ -x /usr/sbin/$tool ]] || missing_apt+=("$tool")
  done
  NGINX=$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)
  AUTOCANNON=""
  if [[ -x "$HERE/node_modules/.bin/autocannon" ]]; then
    AUTOCANNON="$HERE/node_modules/.bin/autocannon"
  elif command -v autocannon >/dev/null 2>&1; then
    AUTOCANNON=$(command -v autocannon)
  fi
  if (( ${#missing_apt[@]} > 0 )) || [[ -z "$AUTOCANNON" ]] || [[ -z "$LIGHTHOUSE" ]] || ! command -v node >/dev/null 2>&1 || ! command -v dotnet >/dev/null 2>&1; then
    echo "compare.sh: missing tools; install them, then run again:" >&2
    (( ${#missing_apt[@]} > 0 )) && echo "  apt-get install -y ${missing_apt[*]}" >&2
    command -v node >/dev/null 2>&1 || echo "  apt-get install -y nodejs npm" >&2
    [[ -z "$AUTOCANNON" ]] && echo "  npm install --no-save --no-package-lock --prefix '$HERE' autocannon@9" >&2
    [[ -z "$LIGHTHOUSE" ]] && echo "  npm install --no-save --no-package-lock --prefix '$HERE' lighthouse (or set LIGHTHOUSE_PATH)" >&2
    command -v dotnet >/dev/null 2>&1 || echo "  (the .NET 10 SDK: see global.json)" >&2
    exit 3
  fi
}

# ---------------------------------------------------------------- issue 12 and 13 figures
# ALERT_ENV: the settings that turn email alerts on against the local sink (smtp-sink) on $1.
alert_env() {
  echo Notifications__Smtp__Host=127.0.0.1 Notifications__Smtp__Port="$1" Notifications__Smtp__Security=None \
    Notifications__From=alerts@guide.example.org Notifications__To__0=inbox@clinic.example Site__BaseUrl=https://guide.example.org
}

# start_sink PORT: the benchmark tool's local mail server in the background, sets SINK_PID; its output goes to
# $WORK/sink-PORT.out (messages=N once stopped).
start_sink() {
  dotnet "$BENCH_DLL" smtp-sink --port "$1" >"$WORK/sink-$1.out" 2>&1 &
  SINK_PID=$!
  PIDS+=("$SINK_PID")
  for _ in $(seq 1 200); do port_in_use "$1" && return 0; sleep 0.05; done
  fail "the SMTP sink did not listen on $1"
}

# first_ack_ms CONTENT [ENV...]: one published start; prints "START_TO_ACK FIRST_SUBMISSION" in ms: process start ->
# the 303 of the first contact POST, and that first GET /contact + POST alone, sent once GET / has answered 200.
# The probe starts first and waits for the site, so its own start is not counted.
first_ack_ms() {
  local content=$1 port out t0 ack
  shift
  port=$(free_port)
  out="$WORK/first-$port.out"
  dotnet "$BENCH_DLL" first --url "http://127.0.0.1:$port" --timeout 120 >"$out" 2>&1 &
  local probe=$!
  PIDS+=("$probe")
  sleep 1   # the probe is up (its own JIT) before the clock starts
  sync
  t0=$(now_ms)
  start_site "$port" "$content" "$@"
  wait "$probe" || { cat "$out" >&2; tail -n 20 "$WORK/site-$port.log" >&2; fail "no acknowledged submission after a start"; }
  ack=$(awk -F= '$1 == "acknowledged_epoch_ms" { print $2 }' "$out")
  stop_pid "$SITE_PID"
  echo "$(( ack - t0 )) $(awk -F= '$1 == "first_submission_ms" { print $2 }' "$out")"
}

# lighthouse_perf URL [IMAGE]: Lighthouse's mobile performance run; prints "score lcp_ms bytes image_bytes": bytes is
# total-byte-weight (what went over the wire, compressed), image_bytes the part of it whose URL contains IMAGE.
# A run that fails or gives no score is tried once more (one gave -1 on a busy machine); a second failure reads
# as BELOW, never as a pass.
lighthouse_perf() {
  local url=$1 image=${2:-} attempt result
  for attempt in 1 2; do
    result=$(lighthouse_once "$url" "$image")
    [[ "$result" != -1\ * ]] && break
    log "Lighthouse run $attempt on $url failed; see $WORK/lighthouse.log"
  done
  echo "$result"
}

lighthouse_once() {
  local url=$1 image=$2 report="$WORK/lighthouse-$RANDOM.json"
  CHROME_PATH="$CHROMIUM" "$LIGHTHOUSE" "$url" --quiet --output=json "--output-path=$report" --only-categories=performance \
    --max-wait-for-load=60000 \
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run" \
    >>"$WORK/lighthouse.log" 2>&1 || { echo "-1 999999 999999 0"; return 0; }
  node -e '
    const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const image = process.argv[2];
    const score = j.categories.performance.score;
    const lcp = j.audits["largest-contentful-paint"].numericValue;
    const bytes = (j.audits["total-byte-weight"] || {}).numericValue;
    const requests = ((j.audits["network-requests"] || {}).details || {}).items || [];
    const imageBytes = image ? requests.filter(r => r.url.includes(image)).reduce((sum, r) => sum + (r.transferSize || 0), 0) : 0;
    console.log([score === null ? -1 : Math.round(score * 100), lcp === undefined ? 999999 : Math.round(lcp),
      bytes === undefined ? 999999 : Math.round(bytes), Math.round(imageBytes)].join(" "));' "$report" "$image" \
    || echo "-1 999999 999999 0"
}

# cleanup: stops every process compare.sh started and removes its temporary folder (unless KEEP=1).
cleanup() {
  local pid
  # The PostgreSQL server of step 7p runs under pg_ctl, not as one of PIDS.
  if declare -F stop_postgres >/dev/null; then stop_postgres; fi
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ "${KEEP:-}" == 1 ]]; then
    echo "kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}

# ---------------------------------------------------------------- issue 15 figures (search)
# wait_search_ready URL TIMEOUT_S: polls /search until it answers with results (the index is built in the
# background after start-up; until then the page says "being prepared"). Fails after the timeout.
wait_search_ready() {
  local url=$1 deadline=$(( $(now_ms) + $2 * 1000 ))
  while (( $(now_ms) < deadline )); do
    curl -s --max-time 5 "$url/search?q=attachment" | grep -q 'class="search-results"' && return 0
    kill -0 "$SITE_PID" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}

# wrk_search URL QUERIES_FILE: closed-loop wrk, 32 connections, cycling through the query paths; prints
# "p50_ms p99_ms requests_per_second errors". A 30 s timeout: a slow answer is measured, not dropped as a timeout.
wrk_search() {
  local url=$1 queries=$2 out
  out=$(QUERIES="$queries" wrk -t2 -c32 "-d${DURATION}s" --timeout 30s -s "$HERE/search-queries.lua" "$url")
  echo "$out" >>"$WORK/wrk-search.log"
  awk -F= '
    $1 == "p50_ms" { p50 = $2 } $1 == "p99_ms" { p99 = $2 } $1 == "requests" { n = $2 }
    $1 == "seconds" { s = $2 } $1 == "errors" { e = $2 }
    END { printf "%s %s %.0f %d\n", p50, p99, (s > 0 ? n / s : 0), e }' <<<"$out"
}
