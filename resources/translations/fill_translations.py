#!/usr/bin/env python3
"""Writes the Korean of ko_strings.py into scalelab_ko.ts (after lupdate) and lists the
source texts that still have none. Usage: fill_translations.py [TS_FILE]"""
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from ko_strings import KO  # noqa: E402

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'scalelab_ko.ts')
tree = ET.parse(path)
missing = []
for message in tree.getroot().iter('message'):
    source = message.find('source').text or ''
    tr = message.find('translation')
    if source not in KO:
        if tr.get('type') == 'unfinished' or not (tr.text or '').strip():
            missing.append(source)
        continue
    if message.get('numerus') == 'yes':
        for child in list(tr):
            tr.remove(child)
        form = ET.SubElement(tr, 'numerusform')
        form.text = KO[source]
        tr.text = None
    else:
        tr.text = KO[source]
    tr.attrib.pop('type', None)
with open(path, 'wb') as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding='utf-8')
    out.write(b'\n')
for source in missing:
    print('no Korean yet:', repr(source))
sys.exit(1 if missing else 0)
