-- wrk script for bench/soak.sh: a weighted mix of requests, each reply checked against the reply
-- the same request got when sent alone.
--   wrk -s bench/soak.lua http://127.0.0.1:PORT -- MANIFEST
-- MANIFEST has one case a line, tab-separated:
--   id  weight  method  path  content-type  body-file  expected-status  expected-body-file
-- Every request carries "X-Request-Id: <id>"; the service echoes it, so a reply names its case and is
-- compared byte for byte with the expected one (the id is in problem details too, hence the same
-- id when the expected reply was taken). Prints at the end:
--   SOAK requests=… rps=… p50_us=… p99_us=… max_us=… status_5xx=… mismatches=… socket_errors=…
-- and one "CASE id=… replies=…" line a case. SOAK_MISMATCH=file receives the first mismatch seen;
-- WRK_HIST=file the latency histogram ("microseconds count" a line), so that phases can be merged.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("start", #threads * 7)
end

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local data = f:read("*a")
  f:close()
  return data
end

function init(args)
  cases, schedule, replies = {}, {}, {}
  mismatches, status_5xx, unknown = 0, 0, 0
  sent = 0
  local manifest = args[1]
  assert(manifest, "usage: wrk -s soak.lua URL -- MANIFEST")
  for line in io.lines(manifest) do
    local id, weight, method, path, ctype, body_file, status, expected_file =
      line:match("^([^\t]+)\t(%d+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t(%d+)\t([^\t]+)$")
    assert(id, "bad manifest line: " .. line)
    local headers = { ["X-Request-Id"] = id }
    if ctype ~= "-" then headers["Content-Type"] = ctype end
    local body = body_file ~= "-" and slurp(body_file) or nil
    cases[id] = { req = wrk.format(method, path, headers, body), status = tonumber(status),
                  body = slurp(expected_file) }
    replies[id] = 0
    for _ = 1, tonumber(weight) do table.insert(schedule, id) end
  end
  -- Each thread starts at its own place in the schedule, so the mix is even from the first second.
  sent = start or 0
end

function request()
  sent = sent + 1
  return cases[schedule[(sent % #schedule) + 1]].req
end

function response(status, headers, body)
  if status >= 500 then status_5xx = status_5xx + 1 end
  local id = headers["X-Request-Id"] or headers["x-request-id"]
  local case = id and cases[id]
  if case then replies[id] = replies[id] + 1 end
  if not case or status ~= case.status or body ~= case.body then
    mismatches = mismatches + 1
    local file = os.getenv("SOAK_MISMATCH")
    if file and mismatches == 1 then
      local f = io.open(file, "a")
      if f then
        f:write(string.format("case %s: status %d (expected %s)\n%s\n", tostring(id), status,
          case and case.status or "?", body:sub(1, 2000)))
        f:close()
      end
    end
  end
end

function done(summary, latency, requests)
  local m, s5, per_case = 0, 0, {}
  for _, t in ipairs(threads) do
    m = m + t:get("mismatches")
    s5 = s5 + t:get("status_5xx")
    for id, n in pairs(t:get("replies")) do per_case[id] = (per_case[id] or 0) + n end
  end
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d status_5xx=%d mismatches=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency.max, s5, m,
    e.connect + e.read + e.write + e.timeout))
  for id, n in pairs(per_case) do io.write(string.format("CASE id=%s replies=%d\n", id, n)) end
  local hist = os.getenv("WRK_HIST")
  if hist then
    local f = assert(io.open(hist, "w"))
    for i = 1, #latency do
      local value, count = latency(i)
      f:write(string.format("%d %d\n", value, count))
    end
    f:close()
  end
end
