"""Fill zh_CN translations from a JSON file {source: translation} (a helper for batches of new
strings; Qt Linguist does the same by hand).

    .venv/bin/python tools/_fill_zh.py NEW.json && .venv/bin/python tools/update_translations.py
"""

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "assets" / "translations" / "junior_planner_zh_CN.ts"


def main() -> int:
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tree = ET.parse(PATH)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source in table:
            node = message.find("translation")
            node.text = table[source]
            node.attrib.pop("type", None)
            filled += 1
    tree.write(PATH, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled} of {len(table)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
