#include <fmt/format.h>

#include "fact_labels.h"
#include "shifan/render.h"
#include "text_layout.h"

namespace shifan {

using detail::score_range;

std::string verdict_sentence(const ScoreResult& result) {
  const Rubric& rubric = *result.rubric;
  std::string pass = rubric.pass_mark().str();
  const Wording& words = rubric.wording;
  std::vector<std::string> triggered;
  std::vector<std::string> unknown_vetoes;
  std::vector<std::string> missing;
  for (const VetoResult& veto : result.vetoes) {
    if (veto.status == VetoStatus::triggered) {
      triggered.push_back(veto.veto->id + " " + veto.veto->text);
    } else if (veto.status == VetoStatus::unknown) {
      unknown_vetoes.push_back(veto.veto->id);
      missing.insert(missing.end(), veto.missing.begin(), veto.missing.end());
    }
  }
  const GradeResult& first = result.grades.front();
  std::string condition = first.grade->when ? "条件 " + first.grade->when->text + " " : "";
  switch (result.verdict) {
    case Verdict::eligible:
      return fmt::format("结论: {} (总分 {} ≥ {}, {}未触发一票否决)", words.eligible, result.total_low.str(), pass,
                         condition.empty() ? "" : condition + enum_label(first.condition) + ", ");
    case Verdict::not_eligible:
      if (!triggered.empty()) {
        return fmt::format("结论: {} (触发一票否决: {})", words.not_eligible, fmt::join(triggered, "; "));
      }
      if (result.total_high >= rubric.pass_mark()) {
        return fmt::format("结论: {} (总分 {}, 但{}{})", words.not_eligible,
                           score_range(result.total_low, result.total_high), condition, enum_label(first.condition));
      }
      return fmt::format("结论: {} (总分最高 {} < {})", words.not_eligible, result.total_high.str(), pass);
    case Verdict::undetermined:
      break;
  }
  for (const ItemResult& item : result.items) {
    missing.insert(missing.end(), item.missing.begin(), item.missing.end());
  }
  std::vector<std::string> pending;
  if (first.condition == ConditionStatus::unknown) {
    pending.push_back(condition + enum_label(first.condition) +
                      (first.error.empty() ? "" : " (求值出错: " + first.error + ")"));
  }
  if (!unknown_vetoes.empty()) {
    pending.push_back(fmt::format("一票否决 {} 待定", fmt::join(unknown_vetoes, ", ")));
  }
  std::string why = result.total_low >= rubric.pass_mark()
                        ? fmt::format("总分 {} 已达 {}, 但{}", result.total_low.str(), pass, fmt::join(pending, ", "))
                        : fmt::format("总分在 {} 之间", score_range(result.total_low, result.total_high));
  return fmt::format("结论: {} ({}; 尚缺: {})", words.undetermined, why, detail::describe_missing(rubric, missing, &result.station->facts));
}

}  // namespace shifan
