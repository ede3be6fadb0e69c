# compare-postgres.sh: step 7p of compare.sh (issue 18): the contact form and the article page on PostgreSQL, one
# instance and two behind nginx, beside a SQLite instance measured in the same rounds. Sourced by compare.sh, never
# run alone; the functions read its settings ($WORK, $STATE, $PIDS, $BENCH_DLL, $ROUNDS…) when they are called.
#
# The server is a throwaway cluster in $WORK/pg on a loopback port, with the durability an operator keeps:
# fsync=on and synchronous_commit=on (the defaults, set explicitly so a changed default cannot flatter the figure).

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# pg_run PROGRAM ARGS...: a PostgreSQL program, as Debian's postgres user when this runs as root (the server
# refuses to run as root).
pg_run() {
  local program=$1
  shift
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$PG_BIN/$program" "$@"; else "$PG_BIN/$program" "$@"; fi
}

# start_postgres: initdb and start; sets PG_PORT and PG_CONNECTION (database "ag", made empty).
start_postgres() {
  [[ -x "$PG_BIN/initdb" ]] || { echo "compare.sh: PostgreSQL is missing; apt-get install -y postgresql (or set PG_BIN)" >&2; exit 3; }
  PG_DATA="$WORK/pg/data"
  mkdir -p "$WORK/pg"
  [[ $(id -u) == 0 ]] && chown -R postgres: "$WORK/pg"
  pg_run initdb -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/pg-initdb.log" 2>&1 \
    || { cat "$WORK/pg-initdb.log" >&2; fail "initdb failed"; }
  PG_PORT=$(free_port)
  pg_run pg_ctl -D "$PG_DATA" -l "$WORK/pg/log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $WORK/pg -c fsync=on -c synchronous_commit=on -c max_connections=300" \
    >"$WORK/pg-start.log" 2>&1 || { cat "$WORK/pg-start.log" "$WORK/pg/log" >&2; fail "PostgreSQL did not start"; }
  pg_run psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "CREATE DATABASE ag" >/dev/null || fail "CREATE DATABASE failed"
  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Database=ag;Username=postgres"
}

stop_postgres() {
  [[ -n "${PG_DATA:-}" && -d "$PG_DATA" ]] || return 0
  pg_run pg_ctl -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  PG_DATA=""
}

# start_balancer PORT UPSTREAM_PORTS...: nginx round robin over the instances (the README's upstream block, with
# keep-alive to the instances as a production site file has it); sets BALANCER_PID; the access log records which
# instance answered each request.
start_balancer() {
  local port=$1 servers="" p
  shift
  for p in "$@"; do servers+="    server 127.0.0.1:$p max_fails=2 fail_timeout=10s;"$'\n'; done
  mkdir -p "$WORK/lb/logs"
  cat >"$WORK/lb/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/lb/nginx.pid;
error_log $WORK/lb/logs/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '\$upstream_addr \$status';
  access_log $WORK/lb/logs/access.log upstream;
  upstream attachmentguide {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://attachmentguide;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
  "$NGINX" -p "$WORK/lb" -c "$WORK/lb/nginx.conf" -g 'daemon off;' 2>>"$WORK/lb/logs/error.log" &
  BALANCER_PID=$!
  PIDS+=("$BALANCER_PID")
  for _ in $(seq 1 200); do port_in_use "$port" && return 0; sleep 0.05; done
  fail "nginx (the balancer) did not listen on $port"
}

# submit_rounds URL PREFIX: ROUNDS runs of the benchmark tool's submit command; appends to the arrays
# PREFIX_rate and PREFIX_p99 and adds to PREFIX_errors.
submit_rounds() {
  local url=$1 prefix=$2 r out errs
  for (( r = 1; r <= ROUNDS; r++ )); do
    out=$(dotnet "$BENCH_DLL" submit --url "$url" --clients 20 --count "$CONTACT_COUNT" --warmup 40 2>"$WORK/$prefix-$r.err") || true
    eval "${prefix}_rate+=(\"$(awk -F= '$1 == "per_second" { print $2 }' <<<"$out")\")"
    eval "${prefix}_p99+=(\"$(awk -F= '$1 == "p99_ms" { print $2 }' <<<"$out")\")"
    errs=$(awk -F= '$1 == "errors" { print $2 }' <<<"$out")
    eval "${prefix}_errors=\$(( ${prefix}_errors + ${errs:-1} ))"
    if [[ -s "$WORK/$prefix-$r.err" ]]; then head -n 5 "$WORK/$prefix-$r.err" >&2; fi
  done
}

run_postgres_steps() {
  log "PostgreSQL (fsync=on, synchronous_commit=on): article page and contact form, one instance and two behind nginx"
  start_postgres
  local pg_env=(Database__Provider=Postgres "ConnectionStrings__Inquiries=$PG_CONNECTION") sqlite_port a_port b_port lb_port r order who url
  sqlite_port=$(free_port)
  start_site "$sqlite_port" "$WORK/corpus-$COUNT"
  local sqlite_pid=$SITE_PID
  a_port=$(free_port)
  start_site "$a_port" "$WORK/corpus-$COUNT" "${pg_env[@]}"
  local a_pid=$SITE_PID
  SITE_PID=$sqlite_pid; wait_200 "http://127.0.0.1:$sqlite_port/contact" 120 || fail "the SQLite site did not start"
  SITE_PID=$a_pid; wait_200 "http://127.0.0.1:$a_port/contact" 120 || { tail -n 30 "$WORK/site-$a_port.log" >&2; fail "the PostgreSQL site did not start"; }

  # The article page on each engine, alternating: it never touches the database, so the figures should match.
  pg_article=() sqlite_article=()
  for (( r = 1; r <= ROUNDS; r++ )); do
    if (( r % 2 )); then order="sqlite postgres"; else order="postgres sqlite"; fi
    for who in $order; do
      if [[ $who == sqlite ]]; then url="http://127.0.0.1:$sqlite_port"; else url="http://127.0.0.1:$a_port"; fi
      if [[ $who == sqlite ]]; then sqlite_article+=("$(wrk_rps "$url/guide/$ARTICLE_SLUG")"); else pg_article+=("$(wrk_rps "$url/guide/$ARTICLE_SLUG")"); fi
    done
  done
  stop_pid "$sqlite_pid"

  pg1_rate=() pg1_p99=() pg1_errors=0
  submit_rounds "http://127.0.0.1:$a_port" pg1

  b_port=$(free_port)
  start_site "$b_port" "$WORK/corpus-$COUNT" "${pg_env[@]}"
  local b_pid=$SITE_PID
  wait_200 "http://127.0.0.1:$b_port/contact" 120 || { tail -n 30 "$WORK/site-$b_port.log" >&2; fail "the second PostgreSQL instance did not start"; }
  lb_port=$(free_port)
  start_balancer "$lb_port" "$a_port" "$b_port"
  pg2_rate=() pg2_p99=() pg2_errors=0
  submit_rounds "http://127.0.0.1:$lb_port" pg2
  pg2_on_a=$(grep -c "127.0.0.1:$a_port 303" "$WORK/lb/logs/access.log" || true)
  pg2_on_b=$(grep -c "127.0.0.1:$b_port 303" "$WORK/lb/logs/access.log" || true)
  pg_stored=$(pg_run psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d ag -tAc 'SELECT count(*) FROM "Inquiries"')
  pg_submitted=$(( 2 * ROUNDS * (CONTACT_COUNT + 40) ))
  stop_pid "$BALANCER_PID"
  stop_pid "$a_pid"
  stop_pid "$b_pid"
  stop_postgres
}

postgres_rows() {
  local pg1_med pg2_med article_ratio
  srow "10 article page, SQLite instance (same rounds)" "req/s" "${sqlite_article[@]}"
  srow "10 article page, PostgreSQL instance" "req/s" "${pg_article[@]}"
  article_ratio=$(calc "$(median "${pg_article[@]}") / $(median "${sqlite_article[@]}")")
  row "10 article page per instance, PostgreSQL / SQLite" "$article_ratio" "" "" ">= 0.90 (unchanged)" "$(verdict "$article_ratio >= 0.90")"
  srow "10 contact acknowledged, PostgreSQL, one instance" "/s" "${pg1_rate[@]}"
  srow "10 contact p99, PostgreSQL, one instance" "ms" "${pg1_p99[@]}"
  pg1_med=$(median "${pg1_rate[@]}")
  row "10 PostgreSQL one instance (median), errors: $pg1_errors" "$pg1_med" "" "" ">= 200/s, 0 errors" "$(verdict "$pg1_med >= 200 && $pg1_errors == 0")"
  srow "10 contact acknowledged, two instances behind nginx" "/s" "${pg2_rate[@]}"
  srow "10 contact p99, two instances behind nginx" "ms" "${pg2_p99[@]}"
  pg2_med=$(median "${pg2_rate[@]}")
  row "10 two instances (median), errors: $pg2_errors" "$pg2_med" "" "" ">= 200/s, 0 errors" "$(verdict "$pg2_med >= 200 && $pg2_errors == 0")"
  row "10 303s answered by instance A / B behind nginx" "$pg2_on_a/$pg2_on_b" "" "" "both > 0" "$(verdict "$pg2_on_a > 0 && $pg2_on_b > 0")"
  row "10 inquiries stored in PostgreSQL (of acknowledged)" "$pg_stored" "" "" "$pg_submitted" "$(verdict "$pg_stored == $pg_submitted")"
}
