#!/usr/bin/env python3
"""Checks the Maven consumer sample's Surefire report: every file has one test per rule, and exactly the expected
rules fail, under names that say which file and which rule.
Usage: check-surefire.py TEST-xxx.xml
"""
import sys
import xml.etree.ElementTree as ET

FILES = {".docker/config.json", "ci/.docker/config.json", "legacy/.docker/config.json"}
EXPECTED_FAILURES = {
    ".docker/config.json \u203a docker/hub-key: Docker Hub must be keyed exactly https://index.docker.io/v1/",
    "legacy/.docker/config.json \u203a docker/schema: Structure and types must be what the Docker CLI decodes",
}
suite = ET.parse(sys.argv[1]).getroot()
cases = suite.findall("testcase")
failed = {c.get("name") for c in cases if c.find("failure") is not None}
names = [(c.get("classname"), c.get("name")) for c in cases]
problems = []
per_file = {}
for _, name in names:
    per_file.setdefault(name.split(" \u203a ")[0], []).append(name.split(" \u203a ")[-1])
if set(per_file) != FILES:
    problems.append(f"tests name the files {sorted(per_file)}, expected {sorted(FILES)}")
elif len({len(rules) for rules in per_file.values()}) != 1 or len(per_file[".docker/config.json"]) < 9:
    problems.append("the files do not have one test per rule each: "
                    + ", ".join(f"{f} {len(r)}" for f, r in sorted(per_file.items())))
if len(set(names)) != len(names):
    problems.append("class and test names are not unique")
if failed != EXPECTED_FAILURES:
    problems.append(f"failures {sorted(failed)} are not the expected {sorted(EXPECTED_FAILURES)}")
if suite.get("errors") != "0":
    problems.append(f"{suite.get('errors')} errors")
for problem in problems:
    print("surefire report:", problem, file=sys.stderr)
if not problems:
    print(f"surefire report: {len(cases)} tests ({len(FILES)} files x {len(per_file['.docker/config.json'])} rules), "
          "failures as expected:")
    for name in sorted(failed):
        print("  ", name)
sys.exit(1 if problems else 0)
