#!/usr/bin/env bash
# run-fuzzer.sh FUZZER CORPUS_DIR SECONDS: fills the corpus with its seeds when it is empty
# (make-corpus.sh), then fuzzes for SECONDS. A crash, a leak or undefined behaviour fails it;
# the input that caused it is left as crash-* in the current folder.
set -euo pipefail
fuzzer=$1
corpus=$2
seconds=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus")" ]; then
    "$here/make-corpus.sh" "$(basename "$fuzzer")" "$corpus" "$fuzzer"
fi
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# Seeds that once crashed are kept in regressions/ and always run first.
regressions="$here/regressions/$(basename "$fuzzer")"
extra=()
[ -d "$regressions" ] && extra+=("$regressions")
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -print_final_stats=1 "$corpus" "${extra[@]}"
