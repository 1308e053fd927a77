-- GET BENCH_PATH ("{session}" replaced by the thread's session id) with the thread's token; 200 expected.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

function init(args)
  local token, session = my_line()
  local path = os.getenv("BENCH_PATH"):gsub("{session}", session)
  req = wrk.format("GET", path, auth_headers(token))
  unexpected, unexpected_by_status = 0, ""
end

function request()
  return req
end

function response(status, headers, body)
  if status ~= 200 then
    unexpected_answer(status, body)
  end
end
