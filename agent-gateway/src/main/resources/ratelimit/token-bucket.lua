-- Token buckets, all checked and taken from in one atomic step (one Redis round trip, whatever the replicas).
-- KEYS[i]: a bucket (a hash of tokens and ts). ARGV[2i-1]: refill rate in tokens per millisecond; ARGV[2i]: size.
-- ARGV[2n+1], optional: tokens to take (default 1; 0 only looks, e.g. before a login whose failure costs one).
-- A request passes only if every bucket has a token; then up to that many are taken from each: as many as the
-- emptiest bucket holds (a replica leasing tokens ahead for a busy caller takes what there is).
-- Returns {allowed (1|0), tokens left in the first bucket, ms until the first bucket is full, ms until a retry can pass,
-- tokens taken}.
local cost = tonumber(ARGV[2 * #KEYS + 1] or '1')
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tokens = {}
local allowed = 1
local retry = 0
local grant = cost
for i = 1, #KEYS do
  local rate = tonumber(ARGV[2 * i - 1])
  local size = tonumber(ARGV[2 * i])
  local state = redis.call('HMGET', KEYS[i], 'tokens', 'ts')
  local held = tonumber(state[1])
  local ts = tonumber(state[2])
  if held == nil or ts == nil then
    held = size
    ts = now
  end
  held = math.min(size, held + math.max(0, now - ts) * rate)
  tokens[i] = held
  grant = math.min(grant, math.floor(held))
  if held < 1 then
    allowed = 0
    retry = math.max(retry, math.ceil((1 - held) / rate))
  end
end
for i = 1, #KEYS do
  local rate = tonumber(ARGV[2 * i - 1])
  local size = tonumber(ARGV[2 * i])
  if allowed == 1 then
    tokens[i] = math.max(0, tokens[i] - grant)
  end
  redis.call('HSET', KEYS[i], 'tokens', tostring(tokens[i]), 'ts', now)
  redis.call('PEXPIRE', KEYS[i], math.ceil(size / rate) + 1000)
end
local rate = tonumber(ARGV[1])
local size = tonumber(ARGV[2])
if allowed == 0 then
  grant = 0
end
return { allowed, math.floor(tokens[1]), math.ceil((size - tokens[1]) / rate), retry, grant }
