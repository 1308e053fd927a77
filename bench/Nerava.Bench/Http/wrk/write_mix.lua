-- The write mix, one driver per connection: create a session (with an Idempotency-Key) → "I'm here" at the
-- charger (arrival: outbox rows for the merchant) → cancel. BENCH_CREATE and BENCH_CHECKIN are the JSON bodies.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

function init(args)
  token = my_line()
  run = os.getenv("BENCH_RUN")
  create_body = os.getenv("BENCH_CREATE")
  checkin_body = os.getenv("BENCH_CHECKIN")
  json = auth_headers(token, { ["Content-Type"] = "application/json" })
  step, seq, session, unexpected, unexpected_by_status = 0, 0, nil, 0, ""
end

function request()
  if step == 0 then
    seq = seq + 1
    local headers = auth_headers(token, {
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = string.format("bench-%s-%s-%d-%d", run, nonce, index, seq),
    })
    return wrk.format("POST", "/v1/arrival/create", headers, create_body)
  elseif step == 1 then
    return wrk.format("POST", "/v1/arrival/" .. session .. "/confirm-arrival", json, checkin_body)
  end
  return wrk.format("POST", "/v1/arrival/" .. session .. "/cancel", json, "{}")
end

function response(status, headers, body)
  if step == 0 then
    session = body:match('"session_id":"([^"]+)"')
    if status == 201 and session then
      step = 1
    elseif status == 409 and session then
      -- An earlier step failed and left a session open: cancel it and start again.
      unexpected_answer(status, body)
      step = 2
    else
      unexpected_answer(status, body)
    end
  elseif step == 1 then
    if status ~= 200 then
      unexpected_answer(status, body)
    end
    step = 2
  else
    if status ~= 200 then
      unexpected_answer(status, body)
    end
    step = 0
  end
end
