-- Shared by the HTTP benchmark's wrk scripts. The bench runs wrk with as many threads as connections, so each
-- thread owns one connection, and per-thread state is per-connection state (one driver per connection).
threads = {}
local counter = 0
-- Differs per wrk run (the warm-up and the measured run share BENCH_RUN), so Idempotency-Keys never replay.
math.randomseed(os.time())
local nonce = string.format("%d-%d", os.time(), math.random(1, 1000000000))

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  thread:set("nonce", nonce)
  table.insert(threads, thread)
end

-- Line `index` (wrapping) of BENCH_TOKENS: "<token> <session id>" ("-" for none).
function my_line()
  local lines = {}
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    table.insert(lines, line)
  end
  local token, session = lines[((index - 1) % #lines) + 1]:match("^(%S+)%s+(%S+)$")
  return token, session
end

-- Counts an answer the script did not expect, by status, kept as a string so done() can read it across threads.
local by_status = {}
function unexpected_answer(status, body)
  unexpected = unexpected + 1
  if body then
    unexpected_sample = string.format("%d %s", status, body:sub(1, 200)):gsub('[\\"]', "'")
  end
  by_status[status] = (by_status[status] or 0) + 1
  local parts = {}
  for code, n in pairs(by_status) do
    table.insert(parts, string.format('"%d":%d', code, n))
  end
  unexpected_by_status = table.concat(parts, ",")
end

function auth_headers(token, extra)
  local headers = { ["Accept"] = "application/json" }
  if token ~= "-" then
    headers["Authorization"] = "Bearer " .. token
  end
  for k, v in pairs(extra or {}) do
    headers[k] = v
  end
  return headers
end

-- One line the bench parses: wrk's own counts and latency percentiles (microseconds), plus the answers the
-- script did not expect (a workload that silently answers 4xx would otherwise look fast).
function done(summary, latency, requests)
  local unexpected, statuses = 0, {}
  for _, t in ipairs(threads) do
    unexpected = unexpected + (t:get("unexpected") or 0)
    for code, n in string.gmatch(t:get("unexpected_by_status") or "", '"(%d+)":(%d+)') do
      statuses[code] = (statuses[code] or 0) + tonumber(n)
    end
  end
  local sample = ""
  for _, t in ipairs(threads) do
    sample = t:get("unexpected_sample") or sample
  end
  local parts = {}
  for code, n in pairs(statuses) do
    table.insert(parts, string.format('"%s":%d', code, n))
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"duration_us":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"non_2xx":%d,"socket_errors":%d,"unexpected":%d,"unexpected_by_status":{%s},"unexpected_sample":"%s"}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout, unexpected, table.concat(parts, ","), sample))
end
