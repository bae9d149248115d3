#include "case_runner.h"

#include <algorithm>

#include "shifan/document.h"
#include "shifan/station.h"
#include "utf8.h"

namespace shifan::detail {

namespace {

constexpr int k_reason_code_points = 40;

std::string bounds(Decimal low, Decimal high) {
  return ExpectedScore{low, high}.str();
}

// " (reason)", shortened to k_reason_code_points with "…"; "" when empty.
std::string because(const std::string& reason) {
  if (reason.empty()) {
    return "";
  }
  std::string_view shown = prefix_code_points(reason, k_reason_code_points);
  return " (" + std::string(shown) + (shown.size() < reason.size() ? "…" : "") + ")";
}

const ItemResult* find_item(const ScoreResult& result, const std::string& id) {
  for (const ItemResult& item : result.items) {
    if (item.item->id == id) {
      return &item;
    }
  }
  return nullptr;
}

const VetoResult* find_veto(const ScoreResult& result, const std::string& id) {
  for (const VetoResult& veto : result.vetoes) {
    if (veto.veto->id == id) {
      return &veto;
    }
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> compare(const Expectations& expected, const ScoreResult& result) {
  std::vector<std::string> out;
  std::string total = bounds(result.total_low, result.total_high);
  if (expected.total && expected.total->str() != total) {
    out.push_back("总分 期望 " + expected.total->str() + ", 实际 " + total);
  }
  if (expected.verdict && *expected.verdict != result.verdict) {
    out.push_back(std::string("结论 期望 ") + verdict_name(*expected.verdict) + ", 实际 " +
                  verdict_name(result.verdict));
  }
  if (expected.has_grade && expected.grade != result.grade) {
    out.push_back("等级 期望 " + expected.grade.value_or("无") + ", 实际 " + result.grade.value_or("无"));
  }
  for (const ItemExpectation& item : expected.items) {
    const ItemResult* actual = find_item(result, item.id);
    if (actual == nullptr) {
      continue;  // read_expectations checked the id
    }
    if (item.status && *item.status != actual->status) {
      out.push_back(item.id + " 期望 " + status_name(*item.status) + ", 实际 " + status_name(actual->status) +
                    because(actual->reason));
    }
    std::string score = bounds(actual->low, actual->high);
    if (item.score && item.score->str() != score) {
      out.push_back(item.id + " 得分 期望 " + item.score->str() + ", 实际 " + score + because(actual->reason));
    }
  }
  for (const VetoExpectation& veto : expected.vetoes) {
    const VetoResult* actual = find_veto(result, veto.id);
    if (actual != nullptr && veto.status != actual->status) {
      out.push_back(veto.id + " 期望 " + status_name(veto.status) + ", 实际 " + status_name(actual->status) +
                    because(actual->reason));
    }
  }
  return out;
}

CaseOutcome run_case(const Rubric& rubric, const CaseFile& file, Coverage& coverage) {
  CaseOutcome outcome{file.name, {}, {}};
  Document document = read_document(file.path, file.text);
  LoadedStation station = load_station(document, rubric);
  LoadedExpectations expected = read_expectations(document, rubric);
  outcome.diagnostics = station.diagnostics;
  if (document.diagnostics.empty()) {
    outcome.diagnostics.insert(outcome.diagnostics.end(), expected.diagnostics.begin(),
                               expected.diagnostics.end());
  }
  if (!outcome.diagnostics.empty()) {
    std::stable_sort(outcome.diagnostics.begin(), outcome.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                       return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return outcome;
  }
  ScoreResult result = score(rubric, *station.station);
  coverage.add(result);
  outcome.failures = compare(*expected.expectations, result);
  return outcome;
}

}  // namespace shifan::detail
