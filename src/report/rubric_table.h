// The rubric as a table: categories, items, vetoes (`shifan rubric`).
#pragma once

#include <string>

#include "shifan/rubric.h"

namespace shifan::detail {

// For a person: the title, totals and grades, a table per category, vetoes.
std::string rubric_text(const Rubric& rubric);

// {"id","title","total","pass_mark","grades","categories":[...],"vetoes":[...]},
// one line; items and vetoes carry their `note` when the rubric gives one.
std::string rubric_json(const Rubric& rubric);

// GitHub-flavoured Markdown tables, for documents; each table is followed by
// the notes (解读) of its items or vetoes.
std::string rubric_markdown(const Rubric& rubric);

// Every item id, then every veto id, one a line (for shell completion).
std::string rubric_ids(const Rubric& rubric);

}  // namespace shifan::detail
