#!/bin/sh
# Runs every test function of every QtTest executable alone, one process each
# (`binary function`), as ctest registered the executable (its command and environment), so
# that no function passes only because an earlier one set up what it needs.
#
#   tests/run_each_function.sh BUILD_DIR [REGEX]
#
# REGEX picks ctest tests by name (default: every *_test_* test). Prints one line per function
# and, for a failure, the end of its output; exits 1 when any function failed. Not part of
# ctest: it starts a server per function and takes long (set DX_TORTURE_ITERATIONS to shorten
# the torture run, e.g. DX_TORTURE_ITERATIONS=5).
set -u
BUILD=${1:?usage: tests/run_each_function.sh BUILD_DIR [REGEX]}
REGEX=${2:-_test_}
TIMEOUT=${DX_FUNCTION_TIMEOUT:-1200}
BUILD=$(cd "$BUILD" && pwd) || exit 2
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT

# name, executable ("-" when not built), working directory, environment (JSON array) of each
# matching test, tab-separated.
ctest --test-dir "$BUILD" -N -R "$REGEX" --show-only=json-v1 >"$LOGS/tests.json" || exit 2
jq -r '.tests[] |
       [.name, (.command[0]? // "-"),
        ([.properties[]? | select(.name == "WORKING_DIRECTORY") | .value] | first // "."),
        ([.properties[]? | select(.name == "ENVIRONMENT") | .value[]] | @json)] | @tsv' \
    "$LOGS/tests.json" >"$LOGS/tests.tsv"

total=0
failed=0
failures=""
while IFS="$(printf '\t')" read -r name binary workdir environment; do
    if [ "$binary" = "-" ] || [ ! -x "$binary" ]; then
        echo "FAIL $name: not built"
        failed=$((failed + 1))
        failures="$failures $name"
        continue
    fi
    # The executable's own environment and directory, as ctest sets them.
    envs=$(printf '%s' "$environment" | jq -r '.[]')
    functions=$(cd "$workdir" && env $envs "$binary" -functions 2>/dev/null |
        sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)()$/\1/p')
    if [ -z "$functions" ]; then
        echo "FAIL $name: lists no test functions (-functions)"
        failed=$((failed + 1))
        failures="$failures $name"
        continue
    fi
    for fn in $functions; do
        total=$((total + 1))
        log="$LOGS/$name.$fn.log"
        start=$(date +%s)
        # </dev/null: the test must not read the loop's input.
        if (cd "$workdir" && env $envs timeout "$TIMEOUT" "$binary" "$fn") >"$log" 2>&1 </dev/null; then
            echo "pass $name $fn ($(($(date +%s) - start)) s)"
        else
            echo "FAIL $name $fn ($(($(date +%s) - start)) s); its output ends:"
            tail -n 25 "$log" | sed 's/^/    /'
            failed=$((failed + 1))
            failures="$failures $name:$fn"
        fi
    done
done <"$LOGS/tests.tsv"

echo "$total functions run alone, $failed failed"
if [ "$failed" -ne 0 ]; then
    echo "failed:$failures"
    exit 1
fi
