#include "name_order.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/stringpiece.h>

#include <memory>

namespace shifan::detail {

namespace {

// ICU's collator for Chinese (pinyin order), made once; nullptr when ICU
// can't make one.
const icu::Collator* chinese_collator() {
  static const std::unique_ptr<icu::Collator> k_collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale::getChinese(), status));
    return U_SUCCESS(status) ? std::move(collator) : nullptr;
  }();
  return k_collator.get();
}

}  // namespace

bool name_less(std::string_view a, std::string_view b) {
  if (const icu::Collator* collator = chinese_collator()) {
    UErrorCode status = U_ZERO_ERROR;
    UCollationResult order = collator->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                                   icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
    if (U_SUCCESS(status) && order != UCOL_EQUAL) {
      return order == UCOL_LESS;
    }
  }
  return a < b;
}

}  // namespace shifan::detail
