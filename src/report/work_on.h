// What the text and Markdown reports list after the scores: the items to work
// on (补短板) with the facts they miss, and the self-claimed scores that differ
// from the decided ones.
#pragma once

#include <string>
#include <vector>

#include "shifan/score.h"

namespace shifan::detail {

inline constexpr const char* k_work_on_heading = "补短板 (失分和待定项, 按分值从大到小)";

// One line of 补短板.
struct WorkOnLine {
  const ItemResult* result = nullptr;
  std::string what;  // at_stake_text: "失 2 分", "待定, 最多可失 2 分"
  std::string note;  // the reason, then "缺: …" naming the missing facts with their labels
};

// items_to_work_on (summary.h), largest first, each with its cost and note.
std::vector<WorkOnLine> work_on_lines(const ScoreResult& result);

// "自评与核定不一致", or "评分与核定不一致" when a later stage made a claim.
std::string discrepancies_heading(const ScoreResult& result);

// "自评 2 分, 按事实核定 1 分" (复评, 验收 for a later stage's claim).
std::string discrepancy_text(const Discrepancy& discrepancy);

}  // namespace shifan::detail
