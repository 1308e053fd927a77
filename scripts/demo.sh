#!/usr/bin/env bash
# The README's curl walkthrough as one script, against a running instance in the embedded default
# (`dotnet run --project src/Nerava.Api`): log in, order from Dallas for San Antonio, check in, the merchant's text,
# the merchant confirms. Prints each step; stops at the first failure.
#   scripts/demo.sh [base-url]          (default http://localhost:5080)
set -euo pipefail
B="${1:-${NERAVA_URL:-http://localhost:5080}}"
PHONE="+1512555$(printf '%04d' $((RANDOM % 10000)))"
MERCHANT_PHONE="+12105550101"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
# $1 is a Python expression over the parsed body d (plain %-formatting: Python < 3.12 rejects \" inside f-strings).
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "0. Is the API up at $B?"
curl -sf "$B/health/ready" >/dev/null || fail "nothing answers at $B/health/ready — start it with: dotnet run --project src/Nerava.Api"
echo "ready"

step "1. Log in as $PHONE: the 6-digit code arrives by SMS — here, in the dev outbox"
curl -sf -X POST "$B/v1/auth/otp/start" -H 'content-type: application/json' -d "{\"phone\":\"$PHONE\"}"; echo
CODE=""
for _ in $(seq 1 30); do   # the dispatcher delivers within a second or two
  CODE=$(curl -sf "$B/dev/outbox?to=%2B${PHONE#+}" | grep -oE 'code is [0-9]{6}' | head -1 | grep -oE '[0-9]{6}' || true)
  [[ -n $CODE ]] && break
  sleep 0.5
done
[[ -n $CODE ]] || fail "no code in the dev outbox"
echo "code $CODE"
TOKEN=$(curl -sf -X POST "$B/v1/auth/otp/verify" -H 'content-type: application/json' -d "{\"phone\":\"$PHONE\",\"code\":\"$CODE\"}" | json 'd["access_token"]')
AUTH="authorization: Bearer $TOKEN"
curl -sf -X PUT "$B/v1/me/vehicle" -H "$AUTH" -H 'content-type: application/json' \
  -d '{"color":"Pearl White","model":"Tesla Model Y","plate":"NRV 1"}'; echo

step "2. Find the San Antonio Supercharger from Dallas (search covers the whole catalog)"
curl -sf "$B/v1/chargers?q=San%20Antonio&lat=32.7767&lng=-96.7970" | json '"\n".join("%s  %.0f km" % (c["id"], c["distance_m"] / 1000) for c in d)'

step "3. Create the session from Dallas for Pete's Tako House; nothing fires yet, the hold allows for the drive"
KEY=$(python3 -c 'import uuid; print(uuid.uuid4())')
CREATED=$(curl -sf -X POST "$B/v1/arrival/create" -H "$AUTH" -H 'content-type: application/json' -H "Idempotency-Key: $KEY" \
  -d '{"merchant_id":"petes-tako-house-sa","charger_id":"tesla-san-antonio-broadway","arrival_type":"ev_curbside","fulfillment_type":"walk_in","lat":32.7767,"lng":-96.7970}')
SESSION=$(echo "$CREATED" | json 'd["session_id"]')
echo "$CREATED" | json '"session %s %s, expires %s" % (d["session_id"], d["status"], d["expires_at"])'

step "4. Bind the order placed with the merchant (estimate \$45.00)"
curl -sf -X PUT "$B/v1/arrival/$SESSION/order" -H "$AUTH" -H 'content-type: application/json' \
  -d '{"order_number":"A-1042","estimated_total_cents":4500}' | json '"%s order #%s" % (d["status"], d["order_number"])'

step "5. \"I'm here\" at the charger (verified server-side), then the stall"
curl -sf -X POST "$B/v1/arrival/$SESSION/confirm-arrival" -H "$AUTH" -H 'content-type: application/json' \
  -d '{"charger_id":"tesla-san-antonio-broadway","lat":29.43215,"lng":-98.48270,"accuracy_m":12}'; echo
curl -sf -X PUT "$B/v1/arrival/$SESSION/stall" -H "$AUTH" -H 'content-type: application/json' -d '{"stall":"7"}' | json '"stall %s" % d["stall"]'

step "6. The merchant's \"fire now\" text, in the dev outbox"
TEXT=""
for _ in $(seq 1 30); do
  TEXT=$(curl -sf "$B/dev/outbox?to=%2B${MERCHANT_PHONE#+}" | python3 -c 'import sys,json; m=[x["body"] for x in json.load(sys.stdin) if "A-1042" in x["body"]]; print(m[0] if m else "")')
  [[ -n $TEXT ]] && break
  sleep 0.5
done
[[ -n $TEXT ]] || fail "no merchant text"
echo "$TEXT"

step "7. The merchant confirms (5 % platform fee of the best known total)"
STAFF=$(curl -sf -X POST "$B/v1/merchant/auth/login" -H 'content-type: application/json' \
  -d '{"email":"staff@demo.nerava.test","password":"demo-password-1"}' | json 'd["access_token"]')
DONE=""
for _ in $(seq 1 10); do   # the text's delivery moves the session to merchant_notified in the background; retry a race
  DONE=$(curl -s -X POST "$B/v1/arrival/$SESSION/merchant-confirm" -H "authorization: Bearer $STAFF" -H 'content-type: application/json' \
    -d '{"merchant_reported_total_cents":5000}')
  [[ $DONE == *'"completed"'* ]] && break
  sleep 0.5
done
echo "$DONE"
[[ $DONE == *'"completed"'* ]] || fail "merchant-confirm did not complete"

step "Done: open $B/merchant, $B/dev/outbox/view and $B/dev/analytics/view to see what happened"
