// What a fact accepts, in words a person filling in a station file reads.
#pragma once

#include <string>

#include "shifan/rubric.h"

namespace shifan::detail {

// The allowed values of a fact: "一类 | 二类 | 三类", "整数, ≥ 0, 不多于 villages",
// "日期 YYYY-MM-DD", "列表, 没有时写 []"; "" for a record.
std::string allowed_values(const FactSpec& spec);

// The label, "(必填)" when required, and the allowed values:
// "司法所类别 (必填): 一类 | 二类 | 三类".
std::string fact_hint(const FactSpec& spec);

}  // namespace shifan::detail
