# compare-report.sh: the table compare.sh prints at the end, each figure with its target and PASS/BELOW.
# Sourced by compare.sh after every measurement; it reads the arrays those steps filled and sets the exit status.

verdict() { # verdict CONDITION (an awk expression): PASS or BELOW
  if awk "BEGIN { exit !($1) }"; then echo PASS; else echo BELOW; fi
}
row() { printf '%-52s %10s %10s %10s  %-26s %s\n' "$@"; }
srow() { # srow LABEL UNIT VALUES...
  local label=$1 unit=$2
  shift 2
  read -r m lo hi < <(stats "$@")
  row "$label ($unit)" "$m" "$lo" "$hi" "" ""
}

search_rows() { # the search figures (step 3s), each with its target
  local n=$SEARCH_COUNT p99_med start_ratio rss_ratio start_on rss_on
  srow "9 search p50, $n articles, wrk -c32, $SEARCH_QUERY_COUNT queries" "ms" "${search_p50[@]}"
  srow "9 search p99, $n articles, wrk -c32" "ms" "${search_p99[@]}"
  srow "9 search throughput, $n articles, wrk -c32" "req/s" "${search_rps[@]}"
  p99_med=$(median "${search_p99[@]}")
  # A run that measured nothing (no request answered) reads as BELOW, never as a pass.
  row "9 search p99 (median), errors: $search_errors" "$p99_med" "" "" "<= 10 ms, 0 errors" "$(verdict "$p99_med <= 10 && $search_errors == 0 && $(median "${search_rps[@]}") > 0")"
  srow "9 search p50, no answer cache (CachedSearches=0)" "ms" "${nocache_p50[@]}"
  srow "9 search p99, no answer cache" "ms" "${nocache_p99[@]}"
  srow "9 search throughput, no answer cache" "req/s" "${nocache_rps[@]}"
  row "9 search errors or timeouts, no answer cache" "$nocache_errors" "" "" "printed" ""
  # shellcheck disable=SC2086
  {
    srow "9 start -> first article 200, $n articles, search off" "ms" ${SW_START[off]}
    srow "9 start -> first article 200, $n articles, search on" "ms" ${SW_START[on]}
    srow "9 start -> search ready, $n articles" "ms" ${SW_READY[on]}
    srow "9 settled peak RSS, $n articles, search off" "MB" ${SW_RSS[off]}
    srow "9 settled peak RSS, $n articles, search on" "MB" ${SW_RSS[on]}
    start_on=$(median ${SW_START[on]})
    rss_on=$(median ${SW_RSS[on]})
    start_ratio=$(calc "$start_on / $(median ${SW_START[off]})")
    rss_ratio=$(calc "$rss_on / $(median ${SW_RSS[off]})")
  }
  row "9 start-up with / without search, $n articles" "$start_ratio" "" "" "<= 1.15" "$(verdict "$start_ratio <= 1.15")"
  row "9 memory with / without search, $n articles" "$rss_ratio" "" "" "<= 1.15" "$(verdict "$rss_ratio <= 1.15")"
  if (( n == 10000 )); then
    row "9 start-up with search, 10000 articles (median)" "$start_on" "" "" "<= 2500 ms" "$(verdict "$start_on <= 2500")"
    row "9 memory with search built, 10000 articles (median)" "$rss_on" "" "" "<= 300 MB" "$(verdict "$rss_on <= 300")"
  fi
}

if [[ "${ONLY_POSTGRES:-}" == 1 ]]; then
  {
    echo
    echo "Attachment Guide on PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s on /guide/$ARTICLE_SLUG; contact: 20 clients, $CONTACT_COUNT submissions (+40 warm-up) per round, $ROUNDS rounds"
    echo
    row "figure" "median" "min" "max" "target" "result"
    row "----------------------------------------------------" "----------" "----------" "----------" "--------------------------" "------"
    postgres_rows
  } | tee "$WORK/table.txt"
  if grep -q BELOW "$WORK/table.txt" || [[ -e "$WORK/wrk-errors" ]]; then exit 1; fi
  exit 0
fi

if [[ "${ONLY_SEARCH:-}" == 1 ]]; then
  {
    echo
    echo "Attachment Guide search figures; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    row "figure" "median" "min" "max" "target" "result"
    row "----------------------------------------------------" "----------" "----------" "----------" "--------------------------" "------"
    search_rows
  } | tee "$WORK/table.txt"
  if grep -q BELOW "$WORK/table.txt"; then exit 1; fi
  exit 0
fi

small=$(echo "$SIZES" | awk '{print $1}')
large=$(echo "$SIZES" | awk '{print $NF}')
plain_ratio=$(calc "$(median "${site_plain[@]}") / $(median "${nginx_plain[@]}")")
comp_ratio=$(calc "$(median "${site_comp[@]}") / $(median "${nginx_comp[@]}")")
p99_ratio=$(calc "$(median "${site_p99[@]}") / ($(median "${nginx_p99[@]}") > 0 ? $(median "${nginx_p99[@]}") : 1)")
parse_ratio=$(calc "$(median "${parse_cold[@]}") / $(median "${hugo_ms[@]}")")
start_med=$(median ${START_MS[$COUNT]})
rss_med=$(median ${RSS_MB[$COUNT]})
contact_med=$(median "${contact_rate[@]}")
reload_med=$(median "${reload_ms[@]}")
start_per_article=$(calc "($(median ${START_MS[$large]}) - $(median ${START_MS[$small]})) / ($large - $small)")
rss_per_article=$(calc "($(median ${RSS_MB[$large]}) - $(median ${RSS_MB[$small]})) * 1024 / ($large - $small)")
lat_small=${LAT_P50[$small]} lat_large=${LAT_P50[$large]}

{
echo
echo "Attachment Guide against nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///') and Hugo $(hugo version | awk '{print $2}' | sed 's/+.*//'); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Article page: /guide/$ARTICLE_SLUG, $html_bytes bytes HTML; site $site_enc $site_enc_bytes bytes, nginx gzip_static $nginx_enc_bytes bytes ('$ENC_HEADER')"
echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s, $ROUNDS alternating rounds; autocannon -c32 -R$RATE -d$DURATION; corpus $COUNT articles"
echo
row "figure" "median" "min" "max" "target" "result"
row "----------------------------------------------------" "----------" "----------" "----------" "--------------------------" "------"
srow "1 site article, uncompressed" "req/s" "${site_plain[@]}"
srow "1 nginx static file" "req/s" "${nginx_plain[@]}"
row "1 site / nginx throughput" "$plain_ratio" "" "" ">= 0.60" "$(verdict "$plain_ratio >= 0.60")"
srow "1 site p99 at ${RATE} req/s" "ms" "${site_p99[@]}"
srow "1 nginx p99 at ${RATE} req/s" "ms" "${nginx_p99[@]}"
srow "1 site p50 at ${RATE} req/s" "ms" "${site_p50[@]}"
srow "1 nginx p50 at ${RATE} req/s" "ms" "${nginx_p50[@]}"
row "1 site p99 / nginx p99 (both sustained:${sustain_note:- yes})" "$p99_ratio" "" "" "<= 1.5" "$(verdict "$p99_ratio <= 1.5 && \"${sustain_note}\" == \"\"")"
srow "2 site, $ENC_HEADER ($site_enc)" "req/s" "${site_comp[@]}"
srow "2 nginx gzip_static" "req/s" "${nginx_comp[@]}"
row "2 site / nginx throughput (compressed)" "$comp_ratio" "" "" ">= 0.60" "$(verdict "$comp_ratio >= 0.60")"
srow "3 start -> first article 200, $COUNT articles" "ms" ${START_MS[$COUNT]}
row "3 startup, $COUNT articles (median)" "$start_med" "" "" "<= 1000 ms" "$(verdict "$start_med <= 1000")"
srow "3 peak RSS at first 200, $COUNT articles" "MB" ${RSS_MB[$COUNT]}
row "3 peak RSS, $COUNT articles (median)" "$rss_med" "" "" "<= 200 MB" "$(verdict "$rss_med <= 200")"
srow "3 parse $COUNT articles, cold (ContentLoader)" "ms" "${parse_cold[@]}"
srow "3 parse $COUNT articles, warm" "ms" "${parse_warm[@]}"
srow "3 hugo build of the same corpus" "ms" "${hugo_ms[@]}"
row "3 parse (cold) / hugo build" "$parse_ratio" "" "" "<= 0.75" "$(verdict "$parse_ratio <= 0.75")"
for n in $SIZES; do
  srow "4 startup, $n articles" "ms" ${START_MS[$n]}
  srow "4 peak RSS, $n articles" "MB" ${RSS_MB[$n]}
  row "4 page p50 at ${SCALE_RATE}/s, $n articles (ms)" "${LAT_P50[$n]}" "" "" "achieved/s,bad: ${LAT_RATE[$n]/\//,}" ""
  row "4 page p99 at ${SCALE_RATE}/s, $n articles (ms)" "${LAT_P99[$n]}" "" "" "" ""
done
row "4 startup cost per article ($small -> $large)" "$start_per_article" "" "" "ms/article" ""
row "4 memory cost per article ($small -> $large)" "$rss_per_article" "" "" "KB/article" ""
row "4 page p50 at $large vs $small articles (ms)" "$lat_large" "" "$lat_small" "<= 1.5x + 1 ms" "$(verdict "$lat_large <= 1.5 * $lat_small + 1")"
search_rows
srow "5 contact submissions acknowledged, 20 clients" "/s" "${contact_rate[@]}"
srow "5 contact submission p99 (GET+POST)" "ms" "${contact_p99[@]}"
row "5 contact rate (median), errors: $contact_errors, ${synchronous:-synchronous=?}" "$contact_med" "" "" ">= 200/s, 0 errors" "$(verdict "$contact_med >= 200 && $contact_errors == 0")"
srow "5 contact, email alerts on (SMTP sink), 20 clients" "/s" "${alerts_rate[@]}"
srow "5 contact p99 with alerts on (GET+POST)" "ms" "${alerts_p99[@]}"
alerts_med=$(median "${alerts_rate[@]}")
row "5 alerts-on rate (median) vs off $contact_med, errors: $alerts_errors" "$alerts_med" "" "" ">= 200/s, 0 errors" "$(verdict "$alerts_med >= 200 && $alerts_errors == 0")"
row "5 alerts delivered to the sink by the end (of submitted)" "${alerts_sent:-0}" "" "" "$alerts_submitted" ""
srow "5 start -> first acknowledged submission, $COUNT articles" "ms" "${first_ack[@]}"
first_sub_med=$(median "${first_sub[@]}")
srow "5 first submission once / answers (GET+POST)" "ms" "${first_sub[@]}"
row "5 first submission GET+POST (median)" "$first_sub_med" "" "" "<= 500 ms" "$(verdict "$first_sub_med <= 500")"
srow "6 edit -> new title served (Development)" "ms" "${reload_ms[@]}"
row "6 reload (max)" "$(stats "${reload_ms[@]}" | cut -d' ' -f3)" "" "" "<= 1000 ms" "$(verdict "$(stats "${reload_ms[@]}" | cut -d' ' -f3) <= 1000")"
postgres_rows
row "7 ETag $etag; If-None-Match -> (plain/br)" "$status_304/$status_304_enc" "" "" "304/304" "$(verdict "$status_304 == 304 && $status_304_enc == 304 && \"$etag\" != \"\"")"
for path in $LH_PAGES $PHOTO_PATH; do
  row "8 Lighthouse performance (mobile), $path" "${LH_SCORE[$path]}" "" "" "100" "$(verdict "${LH_SCORE[$path]} >= 100")"
  row "8 Lighthouse LCP, $path (ms)" "${LH_LCP[$path]}" "" "" "<= 1200 ms" "$(verdict "${LH_LCP[$path]} <= 1200")"
  if (( ${LH_IMAGE_BYTES[$path]:-0} > 0 )); then
    # The photo's own bytes are allowed on top of the 20 KB; the rest of the page is held to it.
    row "8 page weight, $path, besides its ${LH_IMAGE_BYTES[$path]} B photo (B)" "$(( LH_BYTES[$path] - LH_IMAGE_BYTES[$path] ))" "" "" "<= 20480 B" \
      "$(verdict "${LH_BYTES[$path]} - ${LH_IMAGE_BYTES[$path]} <= 20480")"
  else
    row "8 page weight (compressed), $path (B)" "${LH_BYTES[$path]}" "" "" "<= 20480 B" "$(verdict "${LH_BYTES[$path]} <= 20480")"
  fi
done
if [[ -e "$WORK/wrk-errors" ]]; then
  echo "note: wrk reported socket errors or non-2xx answers (see above): throughput figures are suspect"
fi
} | tee "$WORK/table.txt"
if grep -q BELOW "$WORK/table.txt" || [[ -e "$WORK/wrk-errors" ]]; then
  exit 1
fi
exit 0
