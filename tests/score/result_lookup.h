// Looking up a score result's items in the scoring tests, and an item's
// outcome as one short string.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "shifan/score.h"

namespace shifan::testing {

// The result of item `id`; a failure (and an empty result) when there is none.
inline const ItemResult& find_item_result(const ScoreResult& result, std::string_view id) {
  for (const ItemResult& item : result.items) {
    if (item.item->id == id) {
      return item;
    }
  }
  ADD_FAILURE() << "no item " << id;
  static const ItemResult k_none;
  return k_none;
}

// "met 4", "unmet 0", "not_applicable 1", "partial 2.5", "unknown 0..2".
inline std::string outcome_of(const ItemResult& result) {
  std::string out = std::string(status_name(result.status)) + " " + result.low.str();
  return result.low == result.high ? out : out + ".." + result.high.str();
}

}  // namespace shifan::testing
