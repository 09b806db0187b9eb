#!/bin/sh
# Load test of a locally running service (java -jar web/target/inspection-planner.jar):
# generates the 26-PDU demo caseload (about 50,000 cases with --weekly-mean 25) unless given one,
# uploads it as the demo planner, then runs scripts/LoadTest.java: 20 users for 60 s creating
# samples of it and polling them. Localhost only; bounded (at most 100 users, 600 s).
#
#   scripts/load-test.sh [--users 20] [--seconds 60] [--base http://localhost:8080] [--caseload FILE]
set -eu
cd "$(dirname "$0")/.."
BASE=http://localhost:8080
USERS=20
SECONDS_=60
CASELOAD=
while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE=$2; shift 2 ;;
    --users) USERS=$2; shift 2 ;;
    --seconds) SECONDS_=$2; shift 2 ;;
    --caseload) CASELOAD=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$BASE" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "load-test: localhost only" >&2; exit 2 ;;
esac
JAR=web/target/inspection-planner.jar
OUT=target/load-test
mkdir -p "$OUT"
if [ -z "$CASELOAD" ]; then
  [ -f "$OUT/caseload.csv" ] || java -jar "$JAR" demo-data --out "$OUT" --pdus 26 --weekly-mean 25 >/dev/null
  CASELOAD=$OUT/caseload.csv
  PLAN=$OUT/fieldwork-plan.csv
fi
echo "caseload: $CASELOAD ($(($(wc -l < "$CASELOAD") - 1)) rows)"
DATASET=$(curl -sf -u planner:demo-planner -F "file=@$CASELOAD" -F kind=CASELOAD "$BASE/api/datasets" \
  | sed -n 's/^{"id":\([0-9]*\).*/\1/p')
[ -n "$DATASET" ] || { echo "load-test: upload failed" >&2; exit 1; }
echo "dataset: $DATASET"
# The first PDU of the fieldwork plan, sampled by the PDU cohort method.
LINE=$(sed -n 2p "${PLAN:-$OUT/fieldwork-plan.csv}" | tr -d "\r")
PDU=$(echo "$LINE" | cut -d, -f1)
START=$(echo "$LINE" | cut -d, -f2)
PARAMS="{\"method\":\"PDU_COHORT\",\"pdu\":\"$PDU\",\"fieldworkStart\":\"$START\",\"seed\":1}"
echo "parameters: $PARAMS"
exec java scripts/LoadTest.java --base "$BASE" --dataset "$DATASET" --users "$USERS" --seconds "$SECONDS_" --params "$PARAMS"
