#!/usr/bin/env python3
"""Fills the plural forms of translations/cxrfair_en.ts from the source texts.

Source texts write plurals as "%n word(s) verb"; English needs "1 word verbs" / "2 words verb".
Run after `cmake --build build --target update_translations`. Entries this script cannot
handle are listed and left unfinished.
"""
import re
import sys
import xml.etree.ElementTree as ET

VERBS = {"have": "has", "are": "is", "were": "was", "name": "names", "need": "needs"}


def forms(source):
    # The verb right after the counted noun agrees with it: "patient(s) have".
    verbs = "|".join(VERBS)
    singular = re.sub(r"\((?:s|es)\) (" + verbs + r")\b", lambda m: " " + VERBS[m.group(1)], source)
    singular = re.sub(r"\((?:s|es)\)", "", singular)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    return singular, plural


def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        if "(s)" not in source and "(es)" not in source:
            missing.append(source)
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("not handled:", source, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/cxrfair_en.ts")
