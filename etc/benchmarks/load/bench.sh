# ./pikar bench: the load benchmarks (sourced by ./pikar, whose helpers it uses).
# Starts the host on a throwaway PostgreSQL, seeds a realistic volume, drives it with wrk at 1, 16 and 64
# connections and writes the figures to etc/benchmarks/DATE.md. It prints figures; it asserts nothing.

BENCH_DIR="$ROOT/etc/benchmarks/load"

cmd_bench() {
  ensure_dotnet
  if ! command -v wrk >/dev/null; then
    log "Installing wrk"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi

  local seconds="${BENCH_SECONDS:-10}" pg_port=5435 http_port=5090 work
  work=$(mktemp -d /tmp/pikar-bench.XXXXXX)
  BENCH_WORK="$work"
  chmod a+x "$work"
  local base="http://127.0.0.1:$http_port"

  log "Building"
  dotnet build "$ROOT/Pikar.sln" -c Release -v quiet -nologo
  build_client
  if ! command -v chromium >/dev/null; then
    log "Installing Chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  PG_EXTRA_OPTIONS="-c max_connections=300 -c shared_buffers=256MB -c synchronous_commit=off" start_cluster "$work/postgres" "$pg_port"
  BENCH_HOST_PID=""
  trap bench_cleanup EXIT

  export ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=pikar_bench;Username=postgres;Maximum Pool Size=200"
  export ASPNETCORE_ENVIRONMENT=Production Pikar__Auth__AllowPasswordGrant=true Pikar__Auth__AllowHttp=true \
    Pikar__Benchmarks__Enabled=true Pikar__Jobs__RunServer=false Logging__LogLevel__Default=Warning
  log "Migrating and seeding"
  (cd "$ROOT/src/Pikar.DbMigrator/bin/Release/net10.0" && dotnet Pikar.DbMigrator.dll >/dev/null)

  (cd "$ROOT/src/Pikar.HttpApi.Host" && exec dotnet bin/Release/net10.0/Pikar.HttpApi.Host.dll --urls "$base" >"$work/host.log" 2>&1) &
  BENCH_HOST_PID=$!
  for _ in $(seq 1 120); do curl -sf "$base/health/ready" >/dev/null && break; sleep 0.5; done

  local host_token tenant_token tenant_id
  host_token=$(bench_token "$base" "")
  log "Creating 50 tenants and the volume (1,000 users, 100,000 audit logs)"
  seq -w 1 50 | xargs -P 4 -I{} curl -sf -o /dev/null -X POST "$base/api/multi-tenancy/tenants" \
    -H "Authorization: Bearer $host_token" -H 'Content-Type: application/json' \
    -d '{"name":"bench{}","editionName":"Startup","adminEmailAddress":"admin@bench{}.test","adminPassword":"1q2w3E*"}'
  "$(pg_bindir)/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -d pikar_bench -f "$BENCH_DIR/seed-volume.sql" >/dev/null
  # Settle the bulk load first, so autovacuum and checkpoints do not land in the first measurement.
  "$(pg_bindir)/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -d pikar_bench -c "VACUUM ANALYZE" -c "CHECKPOINT" >/dev/null
  tenant_token=$(bench_token "$base" "bench01")
  tenant_id=$(curl -sf "$base/api/abp/multi-tenancy/tenants/by-name/bench01" | grep -oE '"tenantId":"[^"]+"' | cut -d'"' -f4)

  local report="$ROOT/etc/benchmarks/$(date +%F).md" rows=""
  declare -A rps p50
  local scenarios=(
    "floor (no RLS)|$base/bench/users?tenantId=$tenant_id&rls=false|"
    "floor (RLS)|$base/bench/users?tenantId=$tenant_id&rls=true|"
    "GET users|$base/api/identity/users|"
    "GET application-configuration|$base/api/abp/application-configuration|"
    "GET audit logs (filtered)|$base/api/audit-logging/audit-logs?httpMethod=POST&hasException=false&maxResultCount=20|"
    "POST role (audited)|$base/api/identity/roles|post-role.lua"
  )
  local scenario name url script connections threads line
  for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name url script <<<"$scenario"
    wrk -t2 -c16 -d2s -s "$BENCH_DIR/${script:-report.lua}" -H "Authorization: Bearer $tenant_token" "$url" >/dev/null
    for connections in 1 16 64; do
      threads=$(( connections == 1 ? 1 : 2 ))
      log "$name, $connections connection(s), ${seconds}s"
      line=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$BENCH_DIR/${script:-report.lua}" \
        -H "Authorization: Bearer $tenant_token" "$url" | grep '^RESULT') || line="RESULT 0 0 0 0 -1 0"
      rps["$name|$connections"]=$(echo "$line" | awk '{print $2}')
      p50["$name|$connections"]=$(echo "$line" | awk '{print $3}')
      rows+="| $name | $connections | $(echo "$line" | awk '{printf "%s | %s | %s | %s | %s", $2, $3, $4, $5, $6}') |"$'\n'
    done
  done

  log "Page load: the signed-in home page in Chromium, 5 cold loads"
  local page_load
  page_load=$(cd "$ROOT/angular" && CHROMIUM="$(command -v chromium)" node perf/page-load.mjs "$base" bench01 5 | grep '^SUMMARY') \
    || page_load="SUMMARY (the page-load measurement failed)"

  log "Kernel micro-benchmarks (BenchmarkDotNet, short job; the permission check reads this database)"
  local micro
  micro=$(cd "$ROOT/etc/benchmarks/Pikar.Benchmarks" && PIKAR_BENCH_DATABASE="$ConnectionStrings__Default" \
    dotnet run -c Release -- --filter '*' --job short 2>/dev/null | grep -E "^\| " | grep -vE "^\| *-" ) || micro=""

  {
    echo "# Load benchmark, $(date +%F)"
    echo
    echo "Commit $(git -C "$ROOT" rev-parse --short HEAD); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
    echo "$(free -g | awk '/Mem:/ {print $2}') GiB; host, PostgreSQL and wrk share the machine. ${seconds}s per run,"
    echo "50 tenants, 1,000 users, 100,000 audit logs; the calls run as the admin of tenant bench01 (20 users)."
    echo
    echo "| scenario | connections | requests/s | p50 ms | p95 ms | p99 ms | errors |"
    echo "| --- | --- | --- | --- | --- | --- | --- |"
    printf '%s' "$rows"
    echo
    echo "| ratio | 1 | 16 | 64 |"
    echo "| --- | --- | --- | --- |"
    echo "| full pipeline / bare (p50, GET users vs floor without RLS) | $(bench_ratio p50 'GET users' 'floor (no RLS)' 1) | $(bench_ratio p50 'GET users' 'floor (no RLS)' 16) | $(bench_ratio p50 'GET users' 'floor (no RLS)' 64) |"
    echo "| bare / full pipeline (throughput) | $(bench_ratio rps 'floor (no RLS)' 'GET users' 1) | $(bench_ratio rps 'floor (no RLS)' 'GET users' 16) | $(bench_ratio rps 'floor (no RLS)' 'GET users' 64) |"
    echo "| RLS on / off (p50, floor) | $(bench_ratio p50 'floor (RLS)' 'floor (no RLS)' 1) | $(bench_ratio p50 'floor (RLS)' 'floor (no RLS)' 16) | $(bench_ratio p50 'floor (RLS)' 'floor (no RLS)' 64) |"
    echo
    echo "Targets (reported, not asserted): full pipeline ≤ 1.3× bare, RLS ≤ 1.1×, p95 < 100 ms at 64 connections."
    echo
    echo "## Page load (Chromium on the same machine, signed-in home page of bench01, 5 cold loads)"
    echo
    echo "$page_load" | sed -E 's/^SUMMARY //; s/lcp_median_ms=([0-9]+)/Largest Contentful Paint: median \1 ms/; s/lcp_max_ms=([0-9]+)/, slowest \1 ms/; s/js_kb=([0-9]+)/; JavaScript transferred: \1 kB/; s/js_files=([0-9]+)/in \1 files/; s/ ,/,/; s/ ;/;/'
    echo
    echo "Goal: LCP ≤ 1 s (published goal < 2 s)."
    if [ -n "$micro" ]; then
      echo
      echo "## Kernel micro-benchmarks (BenchmarkDotNet, \`--job short\`)"
      echo
      echo "$micro" | awk 'NR == 1 { print; n = gsub(/\|/, "|"); line = "|"; for (i = 1; i < n; i++) line = line " --- |"; print line; next } { print }'
    fi
  } >"$report"
  cat "$report"
  log "Written to ${report#$ROOT/}"
}

bench_ratio() {
  local -n values="$1"
  awk -v a="${values["$2|$4"]}" -v b="${values["$3|$4"]}" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f×", a / b }'
}

bench_token() {
  curl -sf -X POST "$1/connect/token" ${2:+-H "__tenant: $2"} \
    -d 'grant_type=password&client_id=pikar_app&username=admin&password=1q2w3E*&scope=openid pikar' \
    | grep -oE '"access_token": *"[^"]+"' | sed -E 's/.*"([^"]+)"$/\1/'
}

bench_cleanup() {
  if [ -n "${BENCH_HOST_PID:-}" ]; then
    kill "$BENCH_HOST_PID" 2>/dev/null || true
    wait "$BENCH_HOST_PID" 2>/dev/null || true
  fi
  stop_clusters
  rm -rf "${BENCH_WORK:-/nonexistent}"
}
