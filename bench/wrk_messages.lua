-- wrk script for bench/intake.py: POST customer messages round-robin over many conversations.
-- Arguments (after --): <targets file: "id token" per line> <client_msg_id prefix>
-- Each request carries a unique client_msg_id, like the demo chat does.

local targets = {}
local index = 0
local counter = 0
local prefix = "w"
local texts = {
  "Hello, where is my parcel? It has not arrived yet.",
  "How do I return an item?",
  "My card was declined when I tried to pay, what can I do?",
  "Can I pay my invoice later?",
  "Wo ist mein Paket?",
  "Hur returnerar jag en vara?",
}

local next_tid = 0
function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local id, token = line:match("^(%S+) (%S+)$")
    if id then
      targets[#targets + 1] = { "/api/v1/conversations/" .. id .. "/messages", "Bearer " .. token }
    end
  end
  prefix = (args[2] or "w") .. "-" .. tostring(tid or 0)
  index = ((tid or 0) * 7919) % #targets
end

function request()
  index = index % #targets + 1
  counter = counter + 1
  local target = targets[index]
  local body = '{"text":"' .. texts[counter % #texts + 1] .. '","client_msg_id":"'
    .. prefix .. "-" .. counter .. '"}'
  return wrk.format("POST", target[1], {
    ["Content-Type"] = "application/json",
    ["Authorization"] = target[2],
  }, body)
end

function done(summary, latency, requests)
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"errors":{"connect":%d,"read":%d,' ..
    '"write":%d,"status":%d,"timeout":%d},"latency_us":{"p50":%d,"p90":%d,"p99":%d,' ..
    '"p999":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean))
end
