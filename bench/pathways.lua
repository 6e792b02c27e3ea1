-- wrk script: POST /api/v1/pathways for a retail supervisor moving to a BI / data analyst role,
-- $600 over 26 weeks at 8 hours a week. Usage (API key in CREDPATH_KEY):
--   wrk -t2 -c8 -d15s -s bench/pathways.lua http://localhost:8080/api/v1/pathways
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("CREDPATH_KEY") or "")
wrk.body = [[{"target":"15-2051.01","profile":{"currentOccupation":"41-1011.00","experienceYears":5},
 "budget":{"maxCost":600,"maxWeeks":26,"hoursPerWeek":8},"preferences":{"alternatives":3}}]]
