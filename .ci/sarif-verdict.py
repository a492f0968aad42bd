#!/usr/bin/env python3
"""Reads the SARIF Multitool's verdict log and fails on any error-level result.

The multitool exits 0 even when a file is invalid (sarif-sdk issue #1799), so its log is the verdict.
A result without a level takes its rule's default level, then SARIF's default, warning.
Usage: sarif-verdict.py VERDICT.sarif EXPECTED_FILE_COUNT
"""
import json
import sys
from collections import Counter

verdict_path, expected = sys.argv[1], int(sys.argv[2])
with open(verdict_path, encoding="utf-8-sig") as f:
    verdict = json.load(f)

levels = Counter()
errors = []
scanned = set()
for run in verdict.get("runs", []):
    rules = run.get("tool", {}).get("driver", {}).get("rules", [])
    for artifact in run.get("artifacts", []):
        scanned.add(artifact.get("location", {}).get("uri", ""))
    for result in run.get("results", []):
        level = result.get("level")
        if level is None and 0 <= result.get("ruleIndex", -1) < len(rules):
            level = rules[result["ruleIndex"]].get("defaultConfiguration", {}).get("level")
        level = level or "warning"
        levels[level] += 1
        if level == "error":
            where = result.get("locations", [{}])[0].get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "?")
            errors.append(f"{where}: {result.get('ruleId')} {json.dumps(result.get('message', {}))}")
    for invocation in run.get("invocations", []):
        for note in invocation.get("toolExecutionNotifications", []):
            if note.get("level", "warning") == "error":
                errors.append("tool: " + note.get("message", {}).get("text", "?"))
        if invocation.get("executionSuccessful") is False:
            errors.append("the multitool did not run successfully")

print(f"SARIF Multitool verdict: {expected} files validated; "
      f"{levels['error']} errors, {levels['warning']} warnings, {levels['note']} notes")
for error in errors:
    print("  error:", error)
sys.exit(1 if errors else 0)
