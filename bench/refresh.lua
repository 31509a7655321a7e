-- wrk script: each thread (one connection each: run with -t N -c N) keeps its own refresh-token
-- chain, sending the token the previous answer rotated to, as a real client does.
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
end

function init(args)
  local i = 0
  for line in io.lines(os.getenv("TOKENS")) do
    i = i + 1
    if i == id then
      token = line
    end
  end
  failures = 0
end

function request()
  return wrk.format("POST", "/api/v1/auth/refresh", { ["Content-Type"] = "application/json" },
    '{"refreshToken":"' .. token .. '"}')
end

function response(status, headers, body)
  if status == 200 then
    token = body:match('"refreshToken":"([^"]+)"')
  else
    failures = failures + 1
  end
end
