#!/usr/bin/env bash
# The monitoring files checked without a running suite: ops/prometheus/prometheus.yml and its rules with promtool
# (check config, check rules, and the unit tests in ops/prometheus/tests, every alert firing and not firing); that
# those tests can fail (a copy with High5xxRatio's threshold broken must fail them); the Grafana dashboard (JSON, and
# every PromQL expression in it, parsed by promtool); every metric the rules and the dashboard read being in
# docs/metrics.md (or a recording rule, or up); every alert's labels, annotations and runbook anchor in
# docs/operations.md. Exits non-zero at the first failure, saying what failed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PROM=ops/prometheus
DASHBOARD=ops/grafana/bakery-suite.json
WORK=$(mktemp -d /tmp/bakery-rules.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

prometheus_install
# a Python with PyYAML (the rules and tests are YAML); Debian's python3-yaml when none has it
PYTHON=python3
if ! "$PYTHON" -c 'import yaml' 2>/dev/null; then
  PYTHON=/usr/bin/python3
  "$PYTHON" -c 'import yaml' 2>/dev/null || apt_install python3-yaml || die "could not install python3-yaml"
fi

say "promtool check config $PROM/prometheus.yml"
promtool check config "$PROM/prometheus.yml" || die "Prometheus refuses $PROM/prometheus.yml"
say "promtool check rules"
promtool check rules "$PROM"/rules/*.yml || die "promtool refuses a rule file in $PROM/rules"
say "promtool test rules"
promtool test rules "$PROM"/tests/*.yml || die "the rule tests in $PROM/tests fail"

# The tests must be able to fail: the same tests against a copy whose High5xxRatio fires only above 50%.
say "the tests fail on a broken rule (High5xxRatio's threshold 0.05 -> 0.5 in a copy)"
cp -r "$PROM" "$WORK/broken"
sed -i 's/5xx_ratio5m > 0\.05/5xx_ratio5m > 0.5/' "$WORK/broken/rules/alerts.yml"
! cmp -s "$PROM/rules/alerts.yml" "$WORK/broken/rules/alerts.yml" ||
  die "could not break High5xxRatio's threshold in the copy (its expression changed?): update this script"
if promtool test rules "$WORK"/broken/tests/*.yml >"$WORK/broken.log" 2>&1; then
  die "promtool test rules passes with High5xxRatio's threshold broken: the tests do not test it"
fi
grep -q 'alertname: High5xxRatio' "$WORK/broken.log" ||
  die "the broken copy failed, but not on High5xxRatio: $(head -20 "$WORK/broken.log")"
echo "    promtool test rules failed on the broken copy, as it must:"
grep -E 'FAILED|alertname: High5xxRatio|got:' "$WORK/broken.log" | head -3 | sed 's/^ */      /'

# The dashboard's expressions become a rule file for promtool to parse; names, labels and anchors are checked here.
say "the dashboard, metric names, labels and runbooks"
"$PYTHON" - "$DASHBOARD" "$WORK/dashboard-rules.yml" <<'PY' || die "the dashboard, metric or alert checks failed"
import glob, json, re, sys, yaml

dashboard_file, dashboard_rules = sys.argv[1:3]
problems = []
try:
    dashboard = json.load(open(dashboard_file))
except ValueError as e:
    sys.exit(f"{dashboard_file} is not JSON: {e}")

def panels(items):
    for p in items:
        yield p
        yield from panels(p.get("panels", []))

exprs = []  # (where, expr)
if not any(v.get("name") == "datasource" and v.get("type") == "datasource"
           for v in dashboard.get("templating", {}).get("list", [])):
    problems.append(f"{dashboard_file}: no datasource variable")
for p in panels(dashboard.get("panels", [])):
    if p.get("type") == "row":
        continue
    if p.get("datasource", {}).get("uid") != "${datasource}":
        problems.append(f"{dashboard_file}: panel '{p.get('title')}' does not use ${{datasource}}")
    for t in p.get("targets", []):
        exprs.append((f"dashboard panel '{p.get('title')}' {t.get('refId')}", t["expr"]))
# Grafana's interval variables are not PromQL: a duration in their place
grafana = lambda e: re.sub(r"\$\{?(__rate_interval|__interval|__range)\b\}?", "5m", e)
json.dump({"groups": [{"name": "dashboard", "rules": [
    {"record": f"dashboard:expr_{i}", "expr": grafana(e)} for i, (_, e) in enumerate(exprs)]}]},
    open(dashboard_rules, "w"), indent=1)

# metric names: docs/metrics.md's table (a histogram's _bucket, _count, _sum too), the recording rules, up
known, recorded = {"up"}, set()
for line in open("docs/metrics.md"):
    cells = line.split("|")
    if len(cells) > 3 and "`" in cells[1]:
        names = re.findall(r"`([a-z_:][a-z0-9_:]*)`", cells[1])
        suffixes = ["", "_bucket", "_count", "_sum"] if "histogram" in cells[2] else [""]
        known |= {n + s for n in names for s in suffixes}
rules = {f: yaml.safe_load(open(f"ops/prometheus/rules/{f}")) for f in ("recording.yml", "alerts.yml")}
for group in rules["recording.yml"]["groups"]:
    recorded |= {r["record"] for r in group["rules"]}
for f, doc in rules.items():
    for group in doc["groups"]:
        for r in group["rules"]:
            exprs.append((f"{f} {r.get('record') or r.get('alert')}", r["expr"]))

KEYWORDS = {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset",
            "inf", "nan"}
def metric_names(expr):
    e = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # strings
    e = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", e)  # label matchers, ranges
    e = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", e)  # label lists
    for m in re.finditer(r"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*", e):
        if not e[m.end():].lstrip().startswith("(") and m.group().lower() not in KEYWORDS:
            yield m.group()
for where, expr in exprs:
    for name in metric_names(expr):
        if name not in known and name not in recorded:
            problems.append(f"{where}: metric {name} is not in docs/metrics.md nor a recording rule")

# every alert: a severity, a summary, a description, a runbook anchor that exists; a test firing and one not
def slug(heading):
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
anchors = {slug(l.lstrip("#")) for l in open("docs/operations.md") if l.startswith("#")}
tested = {}
for f in sorted(glob.glob("ops/prometheus/tests/*.yml")):
    for test in yaml.safe_load(open(f))["tests"]:
        for a in test.get("alert_rule_test", []):
            tested.setdefault(a["alertname"], set()).add(bool(a.get("exp_alerts")))
for group in rules["alerts.yml"]["groups"]:
    for r in group["rules"]:
        name, annotations = r["alert"], r.get("annotations", {})
        if r.get("labels", {}).get("severity") not in ("critical", "warning"):
            problems.append(f"alert {name}: severity must be critical or warning")
        for key in ("summary", "description", "runbook_url"):
            if not annotations.get(key):
                problems.append(f"alert {name}: no {key} annotation")
        url = annotations.get("runbook_url", "")
        if not url.startswith("docs/operations.md#") or url.split("#", 1)[1] not in anchors:
            problems.append(f"alert {name}: runbook_url {url} is no heading of docs/operations.md")
        if tested.get(name) != {True, False}:
            problems.append(f"alert {name}: ops/prometheus/tests must show it firing and not firing")

for p in problems:
    print(f"  {p}", file=sys.stderr)
if problems:
    sys.exit(f"{len(problems)} problem(s)")
print(f"    {dashboard_file}: JSON, {len(exprs)} expressions with the rules', every metric name known")
PY
promtool check rules "$WORK/dashboard-rules.yml" >"$WORK/dashboard.log" 2>&1 || {
  cat "$WORK/dashboard.log" >&2
  die "a PromQL expression of $DASHBOARD does not parse (dashboard:expr_N is the Nth expression)"
}
say "Prometheus rules, tests and dashboard: all good"
