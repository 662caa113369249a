"""Loads Rasad's exports with pandas the way the README says, and prints what was read as JSON.

Usage: python3 load_exports.py GDELT.tsv ACLED.csv PLOVER.jsonl EVENTS.jsonl
"""
import json
import sys

import pandas as pd

gdelt_path, acled_path, plover_path, jsonl_path = sys.argv[1:5]

gdelt = pd.read_csv(gdelt_path, sep="\t", dtype=str, keep_default_na=False)
acled = pd.read_csv(acled_path)
plover = pd.read_json(plover_path, lines=True, dtype=False, convert_dates=False)
events = pd.read_json(jsonl_path, lines=True, dtype=False, convert_dates=False)

print(json.dumps({
    "gdelt": {
        "columns": list(gdelt.columns),
        "rows": len(gdelt),
        "event_codes": sorted(set(gdelt["EventCode"])),
        "quad_classes": sorted(set(gdelt["QuadClass"])),
        "ids_unique": bool(gdelt["GLOBALEVENTID"].is_unique),
    },
    "acled": {
        "columns": list(acled.columns),
        "rows": len(acled),
        "fatalities_dtype": str(acled["fatalities"].dtype),
        "fatalities": [int(x) for x in acled["fatalities"]],
        "inter1_dtype": str(acled["inter1"].dtype),
        "interactions": sorted(int(x) for x in set(acled["interaction"])),
        "countries": sorted(set(acled["country"])),
    },
    "plover": {
        "columns": list(plover.columns),
        "rows": len(plover),
        "events": sorted(set(e[0] for e in plover["event"])),
        "quads": sorted(int(q) for q in set(plover["quad_code"])),
        "actor_fields": sorted(set(k for a in plover["actor"] for x in a for k in x)),
        "dates": sorted(set(str(d) for d in plover["date"])),
    },
    "jsonl": {"rows": len(events), "columns": list(events.columns)},
}))
