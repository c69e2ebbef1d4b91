-- wrk: POST /api/v1/daily-reports as a different student each time (tokens from BENCH_TOKENS, one per line).
-- Each wrk thread takes its own stripe of the tokens. With BENCH_DELAY_MS each connection waits that long
-- between requests (a paced load, e.g. 1,000/s from 10 connections with 10 ms).
local tokens = {}
local counter = 0
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  -- Threads start far apart in the list, so that they rarely send the same student at once.
  counter = (id or 0) * 1000003
end

local body = '{"answers":{"health":"well","location":"campus","risk":false,"temperature":36.5}}'

function request()
  counter = counter + 7
  local token = tokens[(counter % #tokens) + 1]
  return wrk.format("POST", "/api/v1/daily-reports",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end
