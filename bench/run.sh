#!/usr/bin/env bash
# Runs a benchmark of TechSelfReliance. Usage:
#   ./bench/run.sh --scale 0.1           side by side with Kuzu (also --scale 1); see bench/README.md
#   ./bench/run.sh store|cypher [--nodes N] [--relationships M] [--seed S]
#   ./bench/run.sh http|web              the HTTP API under load, the web UI in Chromium
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/TechSelfReliance.Bench -c Release -nologo -v quiet >/dev/null
case "${1:-}" in
  http|web) dotnet build src/TechSelfReliance.Api -c Release -nologo -v quiet >/dev/null ;;
esac
exec dotnet bench/TechSelfReliance.Bench/bin/Release/net10.0/TechSelfReliance.Bench.dll "$@"
