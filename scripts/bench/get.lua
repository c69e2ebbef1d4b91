-- wrk: GET the path in BENCH_PATH with the bearer token in the file BENCH_TOKEN.
local token
function init(args)
  token = io.open(os.getenv("BENCH_TOKEN")):read("*l")
end
function request()
  return wrk.format("GET", os.getenv("BENCH_PATH"), { ["Authorization"] = "Bearer " .. token })
end
