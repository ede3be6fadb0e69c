#!/usr/bin/env bash
# compare.sh: the site measured against nginx and Hugo (issue 6, "Performance").
#
# Usage, from anywhere:
#   bash tests/AttachmentGuide.Benchmarks/compare.sh
# Settings (environment variables, all optional):
#   ROUNDS=3          alternating rounds of each load measurement (at least 3 are used)
#   DURATION=8        seconds per wrk / autocannon run
#   CONNECTIONS=64    wrk connections (wrk -t2 -c64)
#   RATE=             fixed request rate for the p99 comparison (autocannon -R); empty: chosen from
#                     the measured throughputs (half the slower server's, at most 2000/s)
#   COUNT=1000        corpus size for the startup, parse and throughput figures
#   SCALE="100 1000 10000"   corpus sizes for the scaling figures
#   CONTACT_COUNT=1000 contact submissions per round (20 clients)
#   SEARCH_COUNT=     corpus size for the search figures (step 3s); empty: the largest SCALE size
#   ONLY_SEARCH=1     publish, generate, run step 3s alone and print its rows (a quick check of search)
#   ONLY_POSTGRES=1   publish, generate COUNT articles, run step 7p alone and print its rows
#   PG_BIN=/usr/lib/postgresql/15/bin   PostgreSQL's programs (initdb, pg_ctl, psql) for step 7p
#   KEEP=1            keep the temporary folder (printed at the end)
#
# Needs, and installs none of them itself: nginx, wrk, hugo, curl, chromium (Debian packages), lighthouse and autocannon
# (npm; looked up in tests/AttachmentGuide.Benchmarks/node_modules, which git ignores, then on PATH).
# When one is missing the script prints the command that installs it and exits with status 3.
#
# What it does, all on 127.0.0.1 with bounded durations (about 8-10 minutes in all):
#   1. publishes the benchmark tool and the site (Release, linux-x64, ReadyToRun) into a
#      temporary folder (separate artifacts path: src/*/obj and bin are left alone);
#   2. generates seeded corpora (COUNT articles, plus the SCALE sizes; the COUNT one also as Hugo content);
#   3. startup: starts the published site on each corpus, times process start -> first 200 from an
#      article page, and reads the peak RSS (VmHWM) at that moment; the page latency per size at a fixed rate;
#  3s. search (SEARCH_COUNT articles): start-up and settled peak RSS with Search__Enabled=false and true in
#      alternating rounds (with search: also start -> search ready), then wrk -c32 cycling through a seeded list of
#      queries built from the corpus's words (one word, two words, a word cut short): p50, p99, throughput;
#   4. parse time (ContentLoader.Load, first call in a fresh process) against `hugo` building the same corpus;
#   5. starts nginx (its own config and prefix in the temporary folder, not the system service) serving
#      the site's own HTML for one article as a static file (and a gzip -9 copy with gzip_static on), and
#      alternates wrk runs site/nginx, uncompressed and with Accept-Encoding: br, gzip;
#   6. at one fixed rate both sustain, autocannon -R measures p99 latency of each;
#   7. contact form: the benchmark tool's `submit` command, 20 clients, GET then POST, synchronous=FULL;
#   8. content reload in Development (edit an article, time until the new title is served);
#   9. conditional requests: ETag present and If-None-Match answered with 304;
#  7b. contact form again with email alerts on, delivered to the tool's local SMTP sink (smtp-sink);
#  7c. start -> first acknowledged submission: process start to the first 303 of a contact POST (GET first);
#  7p. PostgreSQL (a throwaway cluster, fsync=on, synchronous_commit=on): the article page on a PostgreSQL instance
#      against a SQLite one in alternating wrk rounds, then the contact form on one PostgreSQL instance and on two
#      behind nginx (round robin), with the 303s per instance and the rows stored;
#  10. Lighthouse performance and LCP (mobile) on the published build: /about /therapists /fees /visit /faq on
#      the shipped content, and the photo fixture's article (LIGHTHOUSE_PATH, CHROMIUM_PATH);
# then prints one table: median, min and max of each figure, and each ratio with PASS/BELOW its target.
# Every process it starts is stopped on exit (trap EXIT). Exit status: 0 when every target passes,
# 1 when one is BELOW, 2 on a setup failure, 3 when a tool is missing.
#
# The benchmark tool on its own (generate, parse, bench, submit): see
#   dotnet run -c Release --project tests/AttachmentGuide.Benchmarks -- help

set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
# shellcheck source=compare-lib.sh
source "$HERE/compare-lib.sh"
# shellcheck source=compare-postgres.sh
source "$HERE/compare-postgres.sh"
ROUNDS=${ROUNDS:-3}
if (( ROUNDS < 3 )); then ROUNDS=3; fi
DURATION=${DURATION:-8}
CONNECTIONS=${CONNECTIONS:-64}
RATE=${RATE:-}
COUNT=${COUNT:-1000}
SCALE=${SCALE:-"100 1000 10000"}
CONTACT_COUNT=${CONTACT_COUNT:-1000}
SEARCH_COUNT=${SEARCH_COUNT:-}
ARTICLE_INDEX=500            # the article page measured: article-00500
SETTLE_S=2                   # seconds after start-up (and search ready) before the settled RSS is read

# ---------------------------------------------------------------- tools (never installed here)
find_tools   # sets NGINX and AUTOCANNON, or says what to install and exits 3

# ---------------------------------------------------------------- temp folder, processes, cleanup
WORK=$(mktemp -d /tmp/ag-compare.XXXXXX)
chmod 755 "$WORK"   # nginx workers (user nobody when run as root) must read the document root
PIDS=()
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- 1. build and publish
log "publishing the benchmark tool and the site (Release, ReadyToRun) into $WORK"
# ReadyToRun for the tool too, so the parse time is measured as the published site parses at startup.
dotnet publish "$HERE/AttachmentGuide.Benchmarks.csproj" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -p:IsPublishable=true --nologo -v q --artifacts-path "$WORK/artifacts-bench" -o "$WORK/bench" \
  >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; fail "benchmark build failed"; }
BENCH_DLL="$WORK/bench/AttachmentGuide.Benchmarks.dll"
[[ -f "$BENCH_DLL" ]] || fail "benchmark tool not found after build"
dotnet publish "$REPO/src/AttachmentGuide.Web/AttachmentGuide.Web.csproj" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true --nologo -v q --artifacts-path "$WORK/artifacts-site" -o "$WORK/site" \
  >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log" >&2; fail "publish failed"; }
SITE_DLL="$WORK/site/AttachmentGuide.Web.dll"
[[ -f "$SITE_DLL" ]] || fail "published site not found"

# ---------------------------------------------------------------- 2. corpora
if [[ "${ONLY_POSTGRES:-}" == 1 ]]; then SCALE=$COUNT SEARCH_COUNT=$COUNT; fi
SIZES=$(printf '%s\n' $SCALE "$COUNT" | sort -n -u | tr '\n' ' ')
SEARCH_COUNT=${SEARCH_COUNT:-$(echo "$SIZES" | awk '{print $NF}')}
SIZES=$(printf '%s\n' $SIZES "$SEARCH_COUNT" | sort -n -u | tr '\n' ' ')
for n in $SIZES; do
  hugo_arg=()
  [[ "$n" == "$COUNT" ]] && hugo_arg=(--hugo "$WORK/hugo-$n")
  dotnet "$BENCH_DLL" generate --count "$n" --out "$WORK/corpus-$n" "${hugo_arg[@]}" >&2 || fail "corpus generation failed"
done
ARTICLE_SLUG=$(printf 'article-%05d' "$ARTICLE_INDEX")
slug_for() { # the measured article, or the last one in a smaller corpus
  local n=$1
  if (( n >= ARTICLE_INDEX )); then echo "$ARTICLE_SLUG"; else printf 'article-%05d' "$n"; fi
}

# ---------------------------------------------------------------- site process state
STATE="$WORK/state"
mkdir -p "$STATE"
SITE_PID=""

# ---------------------------------------------------------------- 3s. search: with and without, then under load
run_search_steps() {
  local n=$SEARCH_COUNT slug r mode order port t0 t1 t2 out
  slug=$(slug_for "$n")
  log "start-up and settled memory with $n articles, search off and on ($ROUNDS alternating rounds)"
  declare -gA SW_START SW_READY SW_RSS
  SW_START=([off]="" [on]="") SW_READY=([off]="" [on]="") SW_RSS=([off]="" [on]="")
  for (( r = 1; r <= ROUNDS; r++ )); do
    if (( r % 2 )); then order="off on"; else order="on off"; fi
    for mode in $order; do
      port=$(free_port)
      sync
      t0=$(now_ms)
      start_site "$port" "$WORK/corpus-$n" Search__Enabled=$([[ $mode == on ]] && echo true || echo false)
      wait_200 "http://127.0.0.1:$port/guide/$slug" 300 || { tail -n 30 "$WORK/site-$port.log" >&2; fail "the site did not serve $slug with $n articles (search $mode)"; }
      t1=$(now_ms)
      t2=$t1
      if [[ $mode == on ]]; then
        wait_search_ready "http://127.0.0.1:$port" 300 || { tail -n 30 "$WORK/site-$port.log" >&2; fail "search was not ready with $n articles"; }
        t2=$(now_ms)
      fi
      # Both ways read after the same settling time, so the background warm-up counts on both sides.
      sleep "$SETTLE_S"
      SW_START[$mode]+=" $(( t1 - t0 ))"
      SW_READY[$mode]+=" $(( t2 - t0 ))"
      SW_RSS[$mode]+=" $(peak_rss_mb "$SITE_PID")"
      stop_pid "$SITE_PID"
    done
  done
  log "start-up with $n articles: search off ${SW_START[off]} ms, on ${SW_START[on]} ms (search ready ${SW_READY[on]} ms); settled peak RSS off ${SW_RSS[off]} MB, on ${SW_RSS[on]} MB"

  SEARCH_QUERIES="$WORK/search-queries.txt"
  dotnet "$BENCH_DLL" queries --count 300 >"$SEARCH_QUERIES" || fail "the query list could not be made"
  SEARCH_QUERY_COUNT=$(wc -l <"$SEARCH_QUERIES")
  log "search under load: $n articles, wrk -t2 -c32, $SEARCH_QUERY_COUNT queries, $ROUNDS rounds of ${DURATION}s"
  port=$(free_port)
  start_site "$port" "$WORK/corpus-$n"
  local url="http://127.0.0.1:$port"
  wait_200 "$url/guide/$slug" 300 || fail "the site did not start for the search load"
  wait_search_ready "$url" 300 || fail "search was not ready for the search load"
  # Every query answers with results or the kind nothing-found page, never an error.
  while read -r path; do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$url$path") == 200 ]] || fail "$path did not answer 200"
  done < <(head -n 6 "$SEARCH_QUERIES")
  # The warm-up is the answer cache's first pass (each miss ranks the whole index): printed, not hidden. A miss costs
  # about a thousand times a hit, so while misses remain they, not the cached answers, make the measured p99.
  read -r p50 p99 rps errs < <(DURATION=3 wrk_search "$url" "$SEARCH_QUERIES")
  log "search warm-up, cold answer cache (3 s): p50 $p50 ms, p99 $p99 ms, $rps req/s (at most $(( rps * 3 )) of the $SEARCH_QUERY_COUNT queries' answers kept before the measured rounds), errors $errs"
  search_p50=() search_p99=() search_rps=() search_errors=0
  for (( r = 1; r <= ROUNDS; r++ )); do
    read -r p50 p99 rps errs < <(wrk_search "$url" "$SEARCH_QUERIES")
    search_p50+=("$p50") search_p99+=("$p99") search_rps+=("$rps")
    search_errors=$(( search_errors + errs ))
  done
  stop_pid "$SITE_PID"
  log "search p50 ${search_p50[*]} ms, p99 ${search_p99[*]} ms, ${search_rps[*]} req/s, errors $search_errors"

  # The same load with no answer cache: what ranking itself costs (printed, no target).
  port=$(free_port)
  start_site "$port" "$WORK/corpus-$n" Search__CachedSearches=0
  url="http://127.0.0.1:$port"
  wait_200 "$url/guide/$slug" 300 || fail "the site did not start for the uncached search load"
  wait_search_ready "$url" 300 || fail "search was not ready for the uncached search load"
  QUERIES="$SEARCH_QUERIES" wrk -t2 -c32 -d3s --timeout 30s -s "$HERE/search-queries.lua" "$url" >/dev/null   # warm-up (JIT, connections)
  nocache_p50=() nocache_p99=() nocache_rps=() nocache_errors=0
  for (( r = 1; r <= ROUNDS; r++ )); do
    read -r p50 p99 rps errs < <(wrk_search "$url" "$SEARCH_QUERIES")
    nocache_p50+=("$p50") nocache_p99+=("$p99") nocache_rps+=("$rps")
    nocache_errors=$(( nocache_errors + errs ))
  done
  stop_pid "$SITE_PID"
  log "search with no answer cache: p50 ${nocache_p50[*]} ms, p99 ${nocache_p99[*]} ms, ${nocache_rps[*]} req/s, errors $nocache_errors"
}
if [[ "${ONLY_POSTGRES:-}" == 1 ]]; then
  ARTICLE_SLUG=$(slug_for "$COUNT")
  run_postgres_steps
  # shellcheck source=compare-report.sh
  source "$HERE/compare-report.sh"
fi
if [[ "${ONLY_SEARCH:-}" == 1 ]]; then
  log "creating the database and keys once (untimed start)"
  PORT=$(free_port)
  start_site "$PORT" "$WORK/corpus-$(echo "$SIZES" | awk '{print $1}')"
  wait_200 "http://127.0.0.1:$PORT/" 120 || { tail -n 30 "$WORK/site-$PORT.log" >&2; fail "the site did not start"; }
  stop_pid "$SITE_PID"
  run_search_steps
  # shellcheck source=compare-report.sh
  source "$HERE/compare-report.sh"
fi

# ---------------------------------------------------------------- 3. startup and scaling
log "creating the database and keys once (untimed start)"
PORT=$(free_port)
start_site "$PORT" "$WORK/corpus-$(echo "$SIZES" | awk '{print $1}')"
wait_200 "http://127.0.0.1:$PORT/" 120 || { tail -n 30 "$WORK/site-$PORT.log" >&2; fail "the site did not start"; }
stop_pid "$SITE_PID"

declare -A START_MS RSS_MB LAT_P50 LAT_P99 LAT_RATE
SCALE_RATE=500
for n in $SIZES; do
  slug=$(slug_for "$n")
  starts=() rss=()
  for (( r = 1; r <= ROUNDS; r++ )); do
    PORT=$(free_port)
    sync
    t0=$(now_ms)
    start_site "$PORT" "$WORK/corpus-$n"
    wait_200 "http://127.0.0.1:$PORT/guide/$slug" 300 || { tail -n 30 "$WORK/site-$PORT.log" >&2; fail "the site did not serve $slug with $n articles"; }
    t1=$(now_ms)
    starts+=($(( t1 - t0 )))
    rss+=("$(peak_rss_mb "$SITE_PID")")
    if (( r == ROUNDS )); then
      # Page latency at a fixed, modest rate, after a short warm-up: should not depend on n.
      url="http://127.0.0.1:$PORT/guide/$slug"
      wrk -t1 -c8 -d2s "$url" >/dev/null
      read -r p50 p99 achieved bad < <(autocannon_run "$url" "$SCALE_RATE" 5)
      LAT_P50[$n]=$p50 LAT_P99[$n]=$p99 LAT_RATE[$n]="$achieved/$bad"
    fi
    stop_pid "$SITE_PID"
  done
  START_MS[$n]="${starts[*]}"
  RSS_MB[$n]="${rss[*]}"
  log "startup with $n articles: ${starts[*]} ms; peak RSS ${rss[*]} MB; page p50/p99 at ${SCALE_RATE}/s: ${LAT_P50[$n]}/${LAT_P99[$n]} ms"
done

run_search_steps

# ---------------------------------------------------------------- 4. parse time against Hugo
log "parse time ($COUNT articles) against hugo"
parse_cold=() parse_warm=() hugo_ms=()
for (( r = 1; r <= ROUNDS; r++ )); do
  out=$(dotnet "$BENCH_DLL" parse --content "$WORK/corpus-$COUNT" --rounds 3) || fail "parse reported errors: $out"
  parse_cold+=("$(awk -F= '$1 == "cold_ms" { print $2 }' <<<"$out")")
  parse_warm+=("$(awk -F= '$1 == "warm_median_ms" { print $2 }' <<<"$out")")
  rm -rf "$WORK/hugo-out"
  t0=$(now_ms)
  hugo --quiet -s "$WORK/hugo-$COUNT" -d "$WORK/hugo-out" >"$WORK/hugo.log" 2>&1 || { cat "$WORK/hugo.log" >&2; fail "hugo failed"; }
  hugo_ms+=($(( $(now_ms) - t0 )))
done
hugo_pages=$(find "$WORK/hugo-out/guide" -name index.html | wc -l)
(( hugo_pages >= COUNT )) || fail "hugo rendered $hugo_pages article pages, expected $COUNT"

# ---------------------------------------------------------------- 5. throughput against nginx
log "starting the site ($COUNT articles) and nginx for the load measurements"
SITE_PORT=$(free_port)
start_site "$SITE_PORT" "$WORK/corpus-$COUNT" Serilog__MinimumLevel__Override__AttachmentGuide.Web.Data.SiteDbContext=Information
LOAD_PID=$SITE_PID
SITE_URL="http://127.0.0.1:$SITE_PORT"
wait_200 "$SITE_URL/guide/$ARTICLE_SLUG" 120 || fail "the site did not start"

WWW="$WORK/www"
mkdir -p "$WWW/guide" "$WORK/nginx/tmp"
curl -s --fail "$SITE_URL/guide/$ARTICLE_SLUG" -o "$WWW/guide/$ARTICLE_SLUG"
gzip -9 -n -k "$WWW/guide/$ARTICLE_SLUG"
chmod -R a+rX "$WWW"
NGINX_PORT=$(free_port)
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  default_type text/html;
  charset utf-8;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 10000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WWW;
    location / { gzip_static on; gzip_vary on; }
  }
}
EOF
"$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
PIDS+=("$NGINX_PID")
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 1 100); do port_in_use "$NGINX_PORT" && break; sleep 0.05; done
cmp -s <(curl -s "$SITE_URL/guide/$ARTICLE_SLUG") <(curl -s "$NGINX_URL/guide/$ARTICLE_SLUG") || fail "nginx does not serve the same HTML"
ENC_HEADER='Accept-Encoding: br, gzip'
site_enc=$(curl -s -o "$WORK/site-compressed" -D - -H "$ENC_HEADER" "$SITE_URL/guide/$ARTICLE_SLUG" | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }' | tr -d '\r')
nginx_enc=$(curl -s -o "$WORK/nginx-compressed" -D - -H "$ENC_HEADER" "$NGINX_URL/guide/$ARTICLE_SLUG" | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }' | tr -d '\r')
html_bytes=$(stat -c %s "$WWW/guide/$ARTICLE_SLUG")
site_enc_bytes=$(stat -c %s "$WORK/site-compressed")
nginx_enc_bytes=$(stat -c %s "$WORK/nginx-compressed")
[[ "$nginx_enc" == gzip ]] || fail "nginx did not answer with its gzip_static copy (Content-Encoding: '$nginx_enc')"
[[ -n "$site_enc" ]] || fail "the site did not compress the article page for '$ENC_HEADER'"

log "warming up both servers"
wrk -t2 "-c$CONNECTIONS" -d3s "$SITE_URL/guide/$ARTICLE_SLUG" >/dev/null
wrk -t2 "-c$CONNECTIONS" -d3s -H "$ENC_HEADER" "$SITE_URL/guide/$ARTICLE_SLUG" >/dev/null
wrk -t2 "-c$CONNECTIONS" -d2s "$NGINX_URL/guide/$ARTICLE_SLUG" >/dev/null

site_plain=() nginx_plain=() site_comp=() nginx_comp=()
for (( r = 1; r <= ROUNDS; r++ )); do
  log "wrk round $r of $ROUNDS (${DURATION}s per run)"
  if (( r % 2 )); then order="site nginx"; else order="nginx site"; fi
  for who in $order; do
    if [[ $who == site ]]; then
      site_plain+=("$(wrk_rps "$SITE_URL/guide/$ARTICLE_SLUG")")
      site_comp+=("$(wrk_rps "$SITE_URL/guide/$ARTICLE_SLUG" "$ENC_HEADER")")
    else
      nginx_plain+=("$(wrk_rps "$NGINX_URL/guide/$ARTICLE_SLUG")")
      nginx_comp+=("$(wrk_rps "$NGINX_URL/guide/$ARTICLE_SLUG" "$ENC_HEADER")")
    fi
  done
done

# ---------------------------------------------------------------- 6. p99 at one fixed rate
if [[ -z "$RATE" ]]; then
  slower=$(awk -v a="$(median "${site_plain[@]}")" -v b="$(median "${nginx_plain[@]}")" 'BEGIN { print (a < b) ? a : b }')
  RATE=$(awk -v s="$slower" 'BEGIN { r = int(s / 2 / 100) * 100; if (r > 2000) r = 2000; if (r < 100) r = 100; print r }')
fi
site_p99=() nginx_p99=() site_p50=() nginx_p50=() sustain_note=""
for (( r = 1; r <= ROUNDS; r++ )); do
  log "autocannon round $r of $ROUNDS at $RATE req/s"
  if (( r % 2 )); then order="site nginx"; else order="nginx site"; fi
  for who in $order; do
    if [[ $who == site ]]; then url="$SITE_URL/guide/$ARTICLE_SLUG"; else url="$NGINX_URL/guide/$ARTICLE_SLUG"; fi
    read -r p50 p99 achieved bad < <(autocannon_run "$url" "$RATE" "$DURATION")
    if (( bad > 0 )) || (( achieved * 100 < RATE * 95 )); then
      sustain_note+=" $who:${achieved}/s,${bad}bad"
    fi
    if [[ $who == site ]]; then site_p99+=("$p99"); site_p50+=("$p50"); else nginx_p99+=("$p99"); nginx_p50+=("$p50"); fi
  done
done

# ---------------------------------------------------------------- 7. contact form
log "contact form: 20 clients, $CONTACT_COUNT submissions per round"
contact_rate=() contact_errors=0 contact_p99=()
for (( r = 1; r <= ROUNDS; r++ )); do
  out=$(dotnet "$BENCH_DLL" submit --url "$SITE_URL" --clients 20 --count "$CONTACT_COUNT" --warmup 40 2>"$WORK/submit-$r.err") || true
  contact_rate+=("$(awk -F= '$1 == "per_second" { print $2 }' <<<"$out")")
  contact_p99+=("$(awk -F= '$1 == "p99_ms" { print $2 }' <<<"$out")")
  errs=$(awk -F= '$1 == "errors" { print $2 }' <<<"$out")
  contact_errors=$(( contact_errors + ${errs:-1} ))
  if [[ -s "$WORK/submit-$r.err" ]]; then head -n 5 "$WORK/submit-$r.err" >&2; fi
done
synchronous=$(grep -o 'synchronous=[A-Z]*' "$WORK/site-$SITE_PORT.log" | tail -n 1 || true)

# ---------------------------------------------------------------- 9. conditional requests
etag=$(curl -s -o /dev/null -D - "$SITE_URL/guide/$ARTICLE_SLUG" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')
status_304=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$SITE_URL/guide/$ARTICLE_SLUG")
status_304_enc=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" -H "$ENC_HEADER" "$SITE_URL/guide/$ARTICLE_SLUG")
stop_pid "$NGINX_PID"
stop_pid "$LOAD_PID"

# ---------------------------------------------------------------- 7b. contact form with email alerts on
run_alerts_on_steps() {
  log "contact form with email alerts on (local SMTP sink): 20 clients, $CONTACT_COUNT submissions per round"
  local sink_port alerts_port r out errs
  sink_port=$(free_port)
  start_sink "$sink_port"
  alerts_port=$(free_port)
  # shellcheck disable=SC2046
  start_site "$alerts_port" "$WORK/corpus-$COUNT" $(alert_env "$sink_port")
  ALERTS_PID=$SITE_PID
  wait_200 "http://127.0.0.1:$alerts_port/contact" 120 || { tail -n 30 "$WORK/site-$alerts_port.log" >&2; fail "the site with alerts on did not start"; }
  alerts_rate=() alerts_errors=0 alerts_p99=()
  for (( r = 1; r <= ROUNDS; r++ )); do
    out=$(dotnet "$BENCH_DLL" submit --url "http://127.0.0.1:$alerts_port" --clients 20 --count "$CONTACT_COUNT" --warmup 40 2>"$WORK/alerts-$r.err") || true
    alerts_rate+=("$(awk -F= '$1 == "per_second" { print $2 }' <<<"$out")")
    alerts_p99+=("$(awk -F= '$1 == "p99_ms" { print $2 }' <<<"$out")")
    errs=$(awk -F= '$1 == "errors" { print $2 }' <<<"$out")
    alerts_errors=$(( alerts_errors + ${errs:-1} ))
    if [[ -s "$WORK/alerts-$r.err" ]]; then head -n 5 "$WORK/alerts-$r.err" >&2; fi
  done
  # The 303 never waits for SMTP: the sender drains the outbox behind the load, and may still be at it here.
  sleep 2
  stop_pid "$ALERTS_PID"
  stop_pid "$SINK_PID"
  alerts_sent=$(awk -F= '$1 == "messages" { print $2 }' "$WORK/sink-$sink_port.out")
  alerts_submitted=$(( ROUNDS * (CONTACT_COUNT + 40) ))
}

# ---------------------------------------------------------------- 7c. start -> first acknowledged submission
run_first_ack_steps() {
  log "start -> first acknowledged submission (published site, $COUNT articles)"
  first_ack=()
  first_sub=()
  local r ack sub
  for (( r = 1; r <= ROUNDS; r++ )); do
    read -r ack sub < <(first_ack_ms "$WORK/corpus-$COUNT")
    [[ -n "$sub" ]] || fail "the first-submission probe gave no figure (see $WORK/first-*.out)"
    first_ack+=("$ack")
    first_sub+=("$sub")
  done
}

run_alerts_on_steps
run_first_ack_steps
run_postgres_steps

# ---------------------------------------------------------------- 8. reload in Development
log "content reload in Development"
RELOAD_CONTENT="$WORK/reload-content"
cp -r "$WORK/corpus-$(echo "$SIZES" | awk '{print $1}')" "$RELOAD_CONTENT"
PORT=$(free_port)
start_site "$PORT" "$RELOAD_CONTENT" ASPNETCORE_ENVIRONMENT=Development Content__Watch=true
reload_url="http://127.0.0.1:$PORT/guide/article-00001"
wait_200 "$reload_url" 120 || fail "the Development site did not start"
reload_ms=()
for (( r = 1; r <= ROUNDS; r++ )); do
  marker="Reload Marker $r$RANDOM"
  sleep 0.5
  t0=$(now_ms)
  sed -i "s/^title: .*/title: $marker/" "$RELOAD_CONTENT/articles/article-00001.md"
  ok=0
  while (( $(now_ms) - t0 < 10000 )); do
    if curl -s --max-time 2 "$reload_url" | grep -q "$marker"; then ok=1; break; fi
    sleep 0.02
  done
  reload_ms+=($(( ok ? $(now_ms) - t0 : 99999 )))
done
stop_pid "$SITE_PID"

# ---------------------------------------------------------------- 10. Lighthouse performance, published build
run_lighthouse_steps() {
  log "Lighthouse performance (mobile) on the published site: the clinic's pages and the article with a photo"
  local port photo_port path
  declare -gA LH_SCORE LH_LCP LH_BYTES LH_IMAGE_BYTES
  LH_PAGES="/about /therapists /fees /visit /faq"
  port=$(free_port)
  start_site "$port" "$REPO/content" Images__CachePath="$STATE/images"
  wait_200 "http://127.0.0.1:$port/about" 120 || { tail -n 30 "$WORK/site-$port.log" >&2; fail "the site on the shipped content did not start"; }
  for path in $LH_PAGES; do
    read -r LH_SCORE[$path] LH_LCP[$path] LH_BYTES[$path] LH_IMAGE_BYTES[$path] < <(lighthouse_perf "http://127.0.0.1:$port$path")
  done
  stop_pid "$SITE_PID"
  PHOTO_PATH=/guide/finding-calm-by-the-water
  photo_port=$(free_port)
  start_site "$photo_port" "$REPO/tests/AttachmentGuide.Browser.Tests/Fixtures/Photo" Images__CachePath="$STATE/images-photo"
  wait_200 "http://127.0.0.1:$photo_port$PHOTO_PATH" 120 || { tail -n 30 "$WORK/site-$photo_port.log" >&2; fail "the site on the photo fixture did not start"; }
  read -r LH_SCORE[$PHOTO_PATH] LH_LCP[$PHOTO_PATH] LH_BYTES[$PHOTO_PATH] LH_IMAGE_BYTES[$PHOTO_PATH] \
    < <(lighthouse_perf "http://127.0.0.1:$photo_port$PHOTO_PATH" /images/calm-lake.)
  stop_pid "$SITE_PID"
}
run_lighthouse_steps

# ---------------------------------------------------------------- table
# shellcheck source=compare-report.sh
source "$HERE/compare-report.sh"
