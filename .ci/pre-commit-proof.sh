#!/usr/bin/env bash
# Proves the pre-commit hook with the real pre-commit: in a scratch repository whose .pre-commit-config.yaml points
# at this clone's committed HEAD, committing a bad .docker/config.json is refused and committing a good one passes.
# pre-commit clones the hook repository at a commit, so what runs is HEAD, not the working tree.
set -euo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"

command -v pre-commit >/dev/null || { echo "pre-commit is not installed (Debian: apt-get install pre-commit)" >&2; exit 1; }
rev="$(git -C "$project" rev-parse HEAD)"
if ! git -C "$project" cat-file -e "$rev:.pre-commit-hooks.yaml" 2>/dev/null; then
  echo ".pre-commit-hooks.yaml is not committed at HEAD $rev; commit it first" >&2
  exit 1
fi
if [ -n "$(git -C "$project" status --porcelain -- .pre-commit-hooks.yaml bin src/main rules pom.xml)" ]; then
  echo "note: uncommitted changes to the hook's files are not tested; pre-commit runs HEAD $rev"
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/cache"   # a fresh pre-commit cache: the hook repository is cloned and built anew
repo="$scratch/repo"
git init -q "$repo"
cd "$repo"
git config user.name "pre-commit proof"
git config user.email "proof@example.invalid"
git config commit.gpgsign false

show() { echo "\$ $*"; "$@"; }

echo "== pre-commit $(pre-commit --version | cut -d' ' -f2), hook repository $project at $rev"
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $project
    rev: $rev
    hooks:
      - id: configunit
YAML
show cat .pre-commit-config.yaml
git add .pre-commit-config.yaml
git commit -q -m "pre-commit configuration"
show pre-commit install

echo
echo "== 1. a bad .docker/config.json (Docker Hub keyed \"docker.io\") must be refused"
mkdir -p .docker
printf '{\n\t"auths": {\n\t\t"docker.io": {}\n\t},\n\t"credsStore": "pass"\n}\n' > .docker/config.json
show cat .docker/config.json
git add .docker/config.json
set +e
show git commit -m "bad credential file" 2>&1
code=$?
set -e
if [ "$code" -eq 0 ]; then
  echo "FAIL: the commit of a bad credential file was accepted" >&2
  exit 1
fi
echo "-> commit refused (exit $code)"

echo
echo "== 2. the same file keyed \"https://index.docker.io/v1/\" passes"
printf '{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {}\n\t},\n\t"credsStore": "pass"\n}\n' > .docker/config.json
show cat .docker/config.json
git add .docker/config.json
set +e
show git commit -m "good credential file" 2>&1
code=$?
set -e
if [ "$code" -ne 0 ]; then
  echo "FAIL: the commit of a good credential file was refused (exit $code)" >&2
  exit 1
fi
echo "-> commit accepted"
show git log --oneline
echo "== pre-commit proof ok"
