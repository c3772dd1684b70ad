-- wrk script: POST /api/v1/counselling/services with a bearer token, bodies taken at random from a file of one
-- JSON body per line. Arguments (after --): <bodies file> <token>. Prints one RESULT line for the bench program.
local requests = {}

function init(args)
  for body in io.lines(args[1]) do
    requests[#requests + 1] = wrk.format("POST", "/api/v1/counselling/services",
      { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. args[2], ["Host"] = wrk.host }, body)
  end
  math.randomseed(os.time() + tonumber(tostring(requests):match("0x(%x+)") or "0", 16))
end

function request()
  return requests[math.random(#requests)]
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %.3f %.3f\n", summary.requests,
    e.connect + e.read + e.write + e.timeout + e.status, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
