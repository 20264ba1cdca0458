"""An independent expansion of cadences for tests/integration/slots-dateutil.test.ts: python-dateutil's
RRULE (RFC 5545 3.3.10) over wall times, each read in its zone by the standard library's zoneinfo
with fold=0 (a wall time a fall-back repeats is its first instant; one a spring-forward skips
reads with the offset before the gap, RFC 5545 3.3.5).

stdin: JSON {"series": [[zone, cadence, "HH:MM", start-date]...], "from": ms, "to": ms,
"transitions": {zone: [[ms, offset minutes after]...], as Node's tz data has them}}.
stdout: JSON {"slots": {"zone|cadence|time": [[local date, ms]...]}, "zonesDiffer": [zones]}:
a zone whose clock changes in the window differ from Node's (another tz database release) is
listed and not expanded.
"""
import json
import sys
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

job = json.load(sys.stdin)
utc = timezone.utc
lo = datetime.fromtimestamp(job["from"] / 1000, utc)
hi = datetime.fromtimestamp(job["to"] / 1000, utc)
DAY, MINUTE = 86_400_000, 60_000


def offset(tz, ms):
    return int(datetime.fromtimestamp(ms / 1000, utc).astimezone(tz).utcoffset().total_seconds() // 60)


def transitions(tz):
    """The same search as the test's: a day apart, then to the minute."""
    out = []
    before = offset(tz, job["from"])
    day = job["from"]
    while day < job["to"]:
        nxt = min(day + DAY, job["to"])
        after = offset(tz, nxt)
        if after != before:
            a, b = day, nxt
            while b - a > MINUTE:
                mid = a + (b - a) // (2 * MINUTE) * MINUTE
                if offset(tz, mid) == before:
                    a = mid
                else:
                    b = mid
            out.append([b, after])
            before = after
        day = nxt
    return out


differ = {zone for zone, theirs in job["transitions"].items() if transitions(ZoneInfo(zone)) != theirs}
slots = {}
for zone, cadence, time, start in job["series"]:
    if zone in differ:
        continue
    tz = ZoneInfo(zone)
    hh, mm = map(int, time.split(":"))
    first = date.fromisoformat(start)
    rule = rrulestr("RRULE:" + cadence, dtstart=datetime(first.year, first.month, first.day, hh, mm))
    out = []
    # Wall times two days either side of the window hold every instant inside it.
    for wall in rule.between(datetime(lo.year, lo.month, lo.day) - (datetime(2000, 1, 3) - datetime(2000, 1, 1)), datetime(hi.year, hi.month, hi.day, 23, 59) + (datetime(2000, 1, 3) - datetime(2000, 1, 1)), inc=True):
        instant = wall.replace(tzinfo=tz, fold=0).astimezone(utc)
        if lo <= instant < hi:
            out.append([wall.date().isoformat(), round(instant.timestamp() * 1000)])
    slots["|".join((zone, cadence, time))] = out
print(json.dumps({"slots": slots, "zonesDiffer": sorted(differ)}))
