-- A write that produces an audit log: a role with a new name on every request.
counter = 0
started = os.time()
local thread_id = 0
setup = function(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end
request = function()
  counter = counter + 1
  -- Unique across threads (id) and across runs (the run's start time), so no request hits a duplicate name.
  local body = string.format('{"name":"bench-%d-%d-%d"}', started, id or 0, counter)
  local headers = { ["Content-Type"] = "application/json" }
  for name, value in pairs(wrk.headers) do
    headers[name] = headers[name] or value
  end
  return wrk.format("POST", "/api/identity/roles", headers, body)
end
-- Prints one machine-readable line: requests/s, p50, p95, p99 (ms), non-2xx/3xx and socket errors, requests.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
