-- wrk script for bench/http.sh: POSTs one JSON body, read at run time, on every request.
--   WRK_HIST=out.hist wrk -s bench/post.lua http://127.0.0.1:PORT/api/v1/attributions -- BODY.json
-- Prints one machine-readable line at the end:
--   RESULT requests=… duration_us=… rps=… p50_us=… p99_us=… max_us=… non2xx=… socket_errors=…
-- and, if WRK_HIST is set, writes the latency histogram there ("microseconds count" a line) so that
-- several runs can be merged into exact percentiles.
-- non2xx is wrk's count of replies with status >= 400 (http.sh checks beforehand that each body
-- gets exactly 200); socket_errors adds connect, read, write errors and timeouts.

local req

function init(args)
  local path = assert(args[1], "usage: wrk -s post.lua URL -- BODY_FILE")
  local f = assert(io.open(path, "rb"))
  local body = f:read("*a")
  f:close()
  req = wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

function request()
  return req
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
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
