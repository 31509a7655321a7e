-- wrk script: every request signs in one of the benchmark users (bench-1 … bench-N).
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
end

function request()
  return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" },
    '{"email":"bench-' .. id .. '@bench.example","password":"benchmark passphrase that is long"}')
end
