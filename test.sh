#!/usr/bin/env bash
# Installs what the tests need, builds the solution and runs every test project.
# Idempotent: safe to run again; prints a summary and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n==> %s\n' "$*"; }

# Third-party test data (the openCypher TCK, the seed article) stays outside the repository, in ../shared.
# A clone placed elsewhere uses the shared folder beside the repository it was cloned from.
if [ ! -d "$root/../shared" ]; then
  origin=$(git -C "$root" remote get-url origin 2>/dev/null || true)
  origin=${origin#file://}
  if [ -n "$origin" ] && [ -d "$origin/../shared" ]; then
    shared=$(cd "$origin/../shared" && pwd)
    export TCK_PATH="${TCK_PATH:-$shared/tck}"
    export SEED_ARTICLE="${SEED_ARTICLE:-$shared/seed/000_9046707252c59a46.txt}"
    echo "Shared test data: $shared (beside the origin repository)"
  fi
fi

if [ -x ./scripts/install-prerequisites.sh ]; then
  step "Prerequisites"
  ./scripts/install-prerequisites.sh || { echo "Installing prerequisites failed"; exit 1; }
fi

step "Restore and build (Release)"
dotnet build TechSelfReliance.sln -c Release -nologo -v minimal || { echo "BUILD FAILED"; exit 1; }

results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
failed=()
summary=()
for project in $(dotnet sln TechSelfReliance.sln list | grep -E '^tests/.*\.Tests\.csproj$|^tests/.*Tck\.csproj$'); do
  name=$(basename "$project" .csproj)
  step "Test $name"
  start=$(date +%s)
  if dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" -- RunConfiguration.CollectSourceInformation=false; then
    summary+=("PASS  $name ($(( $(date +%s) - start ))s)")
  else
    summary+=("FAIL  $name ($(( $(date +%s) - start ))s)")
    failed+=("$name")
  fi
done

step "Summary"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All test projects passed."
