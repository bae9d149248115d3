// A station's result as `shifan diff` compares it: from a fresh score or from
// a saved `--format json` result (docs/score-json.md).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "shifan/decimal.h"
#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "shifan/score.h"

namespace shifan::detail {

// An item's or veto's outcome as printed: score ("3", "0–1"), status name, reason.
struct SnapshotEntry {
  std::string id;
  std::string text;    // the item's short text or the veto's text
  std::string score;   // "" for a veto
  std::string status;  // "met", "triggered", ... (docs/score-json.md)
  std::string reason;
};

// One fact as the file gives it: "staff[2].education" (学历) = "本科".
struct SnapshotFact {
  std::string path;
  std::string label;  // "" when the schema has none
  std::string value;  // "(空)" for an empty or absent declared fact
};

struct Snapshot {
  std::string file;
  std::string name;  // the station's name, "" when unknown
  Decimal total_low;
  Decimal total_high;
  std::string verdict;  // "eligible", "not_eligible", "undetermined"
  std::vector<SnapshotEntry> items;
  std::vector<SnapshotEntry> vetoes;
  // Every fact the station file gives, flattened ("staff[2].education" →
  // "本科"), with its label; empty for a saved result, which has no facts.
  std::vector<SnapshotFact> facts;
  bool has_facts = false;
};

// A scored station as a snapshot, its facts flattened with `rubric`'s labels.
Snapshot snapshot_of(const ScoreResult& result);

// Whether a document looks like saved `--format json` output (a mapping
// with "verdict" and "items") rather than a station file.
bool is_saved_result(const Node& root);

// The results in a saved `--format json` (one document) or JSON Lines file
// (one per line; `text` is the whole file). Problems (a line that is not a
// result) go to `diagnostics` against `name`.
std::vector<Snapshot> read_saved_results(const std::string& name, const std::string& text,
                                         Diagnostics& diagnostics);

}  // namespace shifan::detail
