// The outcomes of scoring, with their names and labels: an item's status, a
// veto's status and the verdict. They belong to the rubric stage because a
// rubric writes reasons per outcome and words per verdict.
#pragma once

#include <array>

#include "shifan/enum_table.h"

namespace shifan {

enum class ItemStatus { met, partial, unmet, unknown, not_applicable };
enum class VetoStatus { clear, triggered, unknown };
enum class Verdict { eligible, not_eligible, undetermined };
// A grade's `when` condition: holds (or the grade has none), fails, or not
// decided yet (unknown scores, or an evaluation error).
enum class ConditionStatus { holds, fails, unknown };

template <>
struct EnumTable<ItemStatus> {
  static constexpr std::array<EnumName<ItemStatus>, 5> entries = {{
      {ItemStatus::met, "met", "满分"},
      {ItemStatus::partial, "partial", "部分得分"},
      {ItemStatus::unmet, "unmet", "未得分"},
      {ItemStatus::unknown, "unknown", "待定"},
      {ItemStatus::not_applicable, "not_applicable", "不适用"},
  }};
};
static_assert(lists_every_value<ItemStatus>());

template <>
struct EnumTable<VetoStatus> {
  static constexpr std::array<EnumName<VetoStatus>, 3> entries = {{
      {VetoStatus::clear, "clear", "未触发"},
      {VetoStatus::triggered, "triggered", "触发"},
      {VetoStatus::unknown, "unknown", "待定"},
  }};
};
static_assert(lists_every_value<VetoStatus>());

// The labels are the short verdicts of summaries and counts; a rubric's own
// words for a verdict are `Rubric::wording` (include/shifan/rubric.h).
template <>
struct EnumTable<Verdict> {
  static constexpr std::array<EnumName<Verdict>, 3> entries = {{
      {Verdict::eligible, "eligible", "符合"},
      {Verdict::not_eligible, "not_eligible", "不符合"},
      {Verdict::undetermined, "undetermined", "待定"},
  }};
};
static_assert(lists_every_value<Verdict>());

template <>
struct EnumTable<ConditionStatus> {
  static constexpr std::array<EnumName<ConditionStatus>, 3> entries = {{
      {ConditionStatus::holds, "holds", "成立"},
      {ConditionStatus::fails, "fails", "不成立"},
      {ConditionStatus::unknown, "unknown", "待定"},
  }};
};
static_assert(lists_every_value<ConditionStatus>());

// "met", "partial", "unmet", "unknown", "not_applicable".
inline const char* status_name(ItemStatus status) { return enum_name(status); }
// "clear", "triggered", "unknown".
inline const char* status_name(VetoStatus status) { return enum_name(status); }
// "eligible", "not_eligible", "undetermined".
inline const char* verdict_name(Verdict verdict) { return enum_name(verdict); }
// "满分", "部分得分", "未得分", "待定", "不适用".
inline const char* status_label(ItemStatus status) { return enum_label(status); }
// "未触发", "触发", "待定".
inline const char* status_label(VetoStatus status) { return enum_label(status); }

}  // namespace shifan
