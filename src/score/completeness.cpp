#include "completeness.h"

#include <fmt/format.h>

#include <algorithm>

#include "fact_labels.h"

namespace shifan::detail {

namespace {

void note(std::vector<MissingFact>& facts, const std::vector<std::string>& paths, const std::string& id) {
  for (const std::string& path : paths) {
    auto found = std::find_if(facts.begin(), facts.end(), [&](const MissingFact& fact) { return fact.path == path; });
    if (found == facts.end()) {
      facts.push_back({path, {id}});
    } else if (std::find(found->ids.begin(), found->ids.end(), id) == found->ids.end()) {
      found->ids.push_back(id);
    }
  }
}

}  // namespace

std::vector<MissingFact> missing_facts(const ScoreResult& result) {
  std::vector<MissingFact> facts;
  for (const ItemResult& item : result.items) {
    if (item.status == ItemStatus::unknown) {
      note(facts, item.missing, item.item->id);
    }
  }
  for (const VetoResult& veto : result.vetoes) {
    if (veto.status == VetoStatus::unknown) {
      note(facts, veto.missing, veto.veto->id);
    }
  }
  return facts;
}

std::string describe_incomplete(const ScoreResult& result) {
  std::string out;
  for (const MissingFact& fact : missing_facts(result)) {
    std::string path = for_people(*result.rubric, FactPath::of(fact.path), &result.station->facts);
    out += fmt::format("  {} — {}\n", path, fmt::join(fact.ids, ", "));
  }
  for (const ItemResult& item : result.items) {
    if (!item.error.empty()) {
      out += fmt::format("  {}: 规则求值出错: {}\n", item.item->id, item.error);
    }
  }
  for (const VetoResult& veto : result.vetoes) {
    if (!veto.error.empty()) {
      out += fmt::format("  {}: 规则求值出错: {}\n", veto.veto->id, veto.error);
    }
  }
  return out;
}

}  // namespace shifan::detail
