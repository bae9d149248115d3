#!/bin/sh
# A library shifan loads on demand (src/base/shared_library.h) that is missing
# costs a note or a clear error, never a crash or a silent fallback:
#  - without ICU, `score --sort name` still sorts, in byte order, and says so;
#  - without libxlsxwriter, `--format xlsx` names the package to install (exit 2).
# Each run hides the library's file behind /dev/null in a private mount
# namespace, which takes root: elsewhere the test is skipped (exit 77).
# Run: tests/missing_library.sh SHIFAN ICU_FILE XLSXWRITER_FILE STATION...
set -u
shifan=$1 icu=$2 xlsxwriter=$3
shift 3
if [ -z "$icu" ] || [ -z "$xlsxwriter" ]; then
  echo "FAILED: no library file given (cmake/DeferredLibrary.cmake sets them)"
  exit 1
fi
if ! unshare -m sh -c 'mount --bind /dev/null "$0"' "$icu" 2>/dev/null; then
  echo "SKIPPED: hiding a library needs root, unshare and mount"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# without FILE: runs the rest with FILE hidden; its exit code in $work/code.
without() {
  file=$1
  shift
  unshare -m sh -c 'mount --bind /dev/null "$0" && exec "$@"' "$file" "$@" >"$work/out" 2>"$work/err"
  echo $? >"$work/code"
}

fail() {
  echo "FAILED: $1"
  cat "$work/err"
  exit 1
}

without "$icu" "$shifan" score "$@" --sort name --format csv
code=$(cat "$work/code")
[ "$code" -le 1 ] || fail "--sort name without ICU: exit $code, not a verdict's 0 or 1"
grep -q "注意: 无法载入 libicu.*请安装软件包 libicu.*名称按字节顺序排列, 而非拼音" "$work/err" ||
  fail "--sort name without ICU: no note of the byte order"
[ "$(wc -l <"$work/out")" -gt 1 ] || fail "--sort name without ICU: no rows"

without "$xlsxwriter" "$shifan" score "$@" --format xlsx -o "$work/out.xlsx"
code=$(cat "$work/code")
[ "$code" -eq 2 ] || fail "--format xlsx without libxlsxwriter: exit $code, not 2"
grep -q "无法载入 libxlsxwriter.*请安装软件包 libxlsxwriter" "$work/err" ||
  fail "--format xlsx without libxlsxwriter: no message naming the package"
echo "ok"
