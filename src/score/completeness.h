// What a valid station file still lacks for every item and veto to be
// decided (`shifan validate --complete`).
#pragma once

#include <string>
#include <vector>

#include "shifan/score.h"

namespace shifan::detail {

struct MissingFact {
  std::string path;              // "staff[0].law_background", "scores.C5"
  std::vector<std::string> ids;  // the undecided items and vetoes waiting on it
};

// Every missing fact or judgement of the undecided items and vetoes, in the
// order they are first needed (items, then vetoes); no duplicates.
std::vector<MissingFact> missing_facts(const ScoreResult& result);

// For a reader, one line each, indented: the missing facts with their labels
// and the ids waiting on them, then any rule that failed to evaluate.
// "" when every item and veto is decided.
std::string describe_incomplete(const ScoreResult& result);

}  // namespace shifan::detail
