#!/usr/bin/env bash
# The bash completion script (packaging/shifan.bash-completion) run as bash
# would: `shifan sc` completes to score, `shifan explain A` to item ids,
# `--format` to the command's own values.
#   tests/completion.sh SHIFAN_BINARY SOURCE_DIR
set -uo pipefail
binary=$1 source_dir=$2
PATH="$(dirname "$binary"):$PATH"
source "$source_dir/packaging/shifan.bash-completion"

failures=0
# expect "WORDS..." "EXPECTED": complete the last word of WORDS; EXPECTED is the replies, space separated.
expect() {
  local -a line
  read -r -a line <<<"$1"
  [[ $1 == *" " ]] && line+=("")
  COMP_WORDS=("${line[@]}")
  COMP_CWORD=$((${#line[@]} - 1))
  COMPREPLY=()
  _shifan
  local got="${COMPREPLY[*]}"
  if [[ $got != "$2" ]]; then
    echo "completing '$1': expected '$2', got '$got'"
    failures=$((failures + 1))
  fi
}

expect "shifan sc" "score"
expect "shifan te" "template test"
expect "shifan explain A1" "A1 A10"
expect "shifan explain V" "V1 V2 V3 V4 V5 V6"
expect "shifan explain --rubric $source_dir/rubric/example-small.yaml " "$(shifan rubric --rubric "$source_dir/rubric/example-small.yaml" --format ids | tr '\n' ' ' | sed 's/ $//')"
expect "shifan score --format j" "json jsonl junit"
expect "shifan rubric --format " "text json markdown ids"
expect "shifan score --sort t" "total"
expect "shifan template --class 二" "二类"
expect "shifan score --no" "--no-bom"
expect "shifan pl" "plan"
expect "shifan di" "diff"
expect "shifan score --stage r" "review"
expect "shifan plan --format " "text json"
expect "shifan diff --format " "text json markdown"
cd "$source_dir/examples" && expect "shifan score yun" "yunling.yaml"

if [[ $failures -gt 0 ]]; then
  echo "$failures completion(s) wrong"
  exit 1
fi
echo "completion: all expected replies"
