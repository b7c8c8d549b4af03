-- wrk script: one cash checkout of one unit per request, each with its own Idempotency-Key.
local token = os.getenv("TOKEN")
local body = '{"lines":[{"productId":' .. os.getenv("PRODUCT") .. ',"quantity":1}],'
  .. '"payment":{"method":"CASH","tenderedCents":' .. os.getenv("PRICE") .. '}}'
local uniq = tostring({}):gsub("table: ", "")
local n = 0

request = function()
  n = n + 1
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. os.time() .. "-" .. uniq .. "-" .. n,
  }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors_status=%d duration_us=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.errors.status, summary.duration, latency:percentile(50), latency:percentile(99)))
end
