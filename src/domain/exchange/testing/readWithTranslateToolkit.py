"""Reads an exchange file with Debian's translate-toolkit and prints its units as JSON."""
import json
import sys

from translate.storage import tbx, tmx, xliff

FORMATS = {"tmx": tmx.tmxfile, "xliff12": xliff.xlifffile, "tbx2": tbx.tbxfile}

with open(sys.argv[2], "rb") as handle:
    store = FORMATS[sys.argv[1]].parsestring(handle.read())

units = []
for unit in store.units:
    if unit.isheader():
        continue
    units.append(
        {
            "source": str(unit.source or ""),
            "target": str(unit.target or ""),
            "notes": unit.getnotes() or "",
            "isApproved": bool(getattr(unit, "isapproved", lambda: False)()),
            "isFuzzy": bool(unit.isfuzzy()),
            "isTranslated": bool(unit.istranslated()),
            "state": getattr(unit, "statemap_r", {}).get(unit.get_state_n()),
        }
    )
print(json.dumps({"sourceLanguage": store.sourcelanguage, "targetLanguage": store.targetlanguage, "units": units}))
