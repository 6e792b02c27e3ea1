-- wrk script: POST /api/v1/pathways on the golden rotation, the career changes of rules/samples.json (the ones
-- `credpath bench plan-careers` times and every rules reload is tried on), each at $600 in 26 weeks and at $2,000 in
-- 52 weeks, with five years in the current job, 8 hours a week: 40 different bodies, taken in turn by each connection.
-- Usage (API key in CREDPATH_KEY, from the project's root, or CREDPATH_SAMPLES naming the file):
--   wrk -t2 -c8 -d15s --latency -s bench/pathways.lua http://localhost:8080/api/v1/pathways
local key = os.getenv("CREDPATH_KEY") or ""
local samples = os.getenv("CREDPATH_SAMPLES") or "rules/samples.json"
local bodies = {}

local f = assert(io.open(samples, "r"), "cannot read " .. samples .. " (run from the project's root or set CREDPATH_SAMPLES)")
local text = f:read("*a")
f:close()
for current, target in string.gmatch(text, '"current":%s*"([^"]+)",%s*"target":%s*"([^"]+)"') do
  for _, budget in ipairs({{600, 26}, {2000, 52}}) do
    bodies[#bodies + 1] = string.format('{"target":"%s","profile":{"currentOccupation":"%s","experienceYears":5},'
      .. '"budget":{"maxCost":%d,"maxWeeks":%d,"hoursPerWeek":8}}', target, current, budget[1], budget[2])
  end
end
assert(#bodies > 0, "no career changes in " .. samples)

local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key}
local counter = 0

function setup(thread)
  -- each thread starts at another place in the rotation
  thread:set("offset", counter * 7)
  counter = counter + 1
end

function init(args)
  n = offset or 0
end

function request()
  n = n + 1
  return wrk.format("POST", nil, headers, bodies[(n % #bodies) + 1])
end
