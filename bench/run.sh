#!/usr/bin/env bash
# Runs a benchmark of TechSelfReliance. Usage:
#   ./bench/run.sh store [--nodes N] [--relationships M] [--seed S]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/TechSelfReliance.Bench -c Release -nologo -v quiet >/dev/null
exec dotnet bench/TechSelfReliance.Bench/bin/Release/net10.0/TechSelfReliance.Bench.dll "$@"
