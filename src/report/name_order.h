// Ordering station names as a Chinese reader expects: by pinyin.
#pragma once

#include <string>
#include <string_view>

namespace shifan::detail {

// True when `a` sorts before `b` under ICU's Chinese (pinyin) collation;
// names equal under it, or all names when ICU can't be loaded or has no
// collation data, in byte order. Thread-safe; never throws.
bool name_less(std::string_view a, std::string_view b);

// Why name_less falls back to byte order (ICU can't be loaded, or makes no
// Chinese collator), for a note to the user; empty when ICU sorts.
std::string name_order_problem();

}  // namespace shifan::detail
