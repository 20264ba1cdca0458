"""A second, independent calendar client for the tests: python-icalendar + recurring-ical-events.

Reads an .ics on stdin and prints, as JSON, every occurrence (UTC ISO instant and summary) of the
events whose UID starts with argv[1], between argv[2] and argv[3] (ISO dates, UTC).

python-icalendar ignores a VTIMEZONE whose TZID pytz knows and uses pytz's own data instead, so
every TZID is renamed first: the offsets then come from the file's VTIMEZONE alone.
"""
import datetime
import json
import re
import sys

import icalendar
import recurring_ical_events

text = sys.stdin.read().replace("\r\n ", "")
text = re.sub(r"TZID([=:])([^;:\r\n]+)", lambda m: "TZID%sFile-%s" % (m.group(1), m.group(2).replace("/", "-")), text)
calendar = icalendar.Calendar.from_ical(text)
prefix, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
utc = datetime.timezone.utc
window = [datetime.datetime.fromisoformat(d).replace(tzinfo=utc) for d in (start, end)]
found = []
for event in recurring_ical_events.of(calendar).between(*window):
    if not str(event["UID"]).startswith(prefix):
        continue
    instant = event["DTSTART"].dt.astimezone(utc)
    found.append({"start": instant.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "summary": str(event["SUMMARY"])})
found.sort(key=lambda o: o["start"])
print(json.dumps(found, ensure_ascii=False))
