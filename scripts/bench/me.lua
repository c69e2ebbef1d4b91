-- wrk: GET /api/v1/me once per student token (BENCH_TOKENS), to load the sessions as logins would.
local tokens = {}
local counter = 0
local threads = {}
function setup(thread) thread:set("id", #threads); table.insert(threads, thread) end
function init(args)
  for line in io.lines(os.getenv("BENCH_TOKENS")) do if #line > 0 then tokens[#tokens + 1] = line end end
  counter = (id or 0) * 1000003
end
function request()
  counter = counter + 7
  return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1] })
end
