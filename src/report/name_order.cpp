#include "name_order.h"

#include <unicode/ucol.h>

#include "shared_library.h"
#include "shifan/diagnostic.h"

namespace shifan::detail {

namespace {

// The ICU functions this file calls, loaded on the first sort by name
// (base/shared_library.h); the names are ICU's versioned ones (ucol_open_72).
#define SHIFAN_ICU(X) X(ucol_open) X(ucol_strcollUTF8)

struct Icu {
  SHIFAN_ICU(SHIFAN_FUNCTION)
  explicit Icu(const SharedLibrary& library) { SHIFAN_ICU(SHIFAN_LOAD_FUNCTION) }
};

// ICU and its collator for Chinese (pinyin order), made once; nullptr, and
// why, when ICU can't be loaded or can't make one.
struct Collator {
  const Icu* icu = nullptr;
  UCollator* collator = nullptr;
  std::string problem;
};

Collator load_collator() try {
  static const SharedLibrary k_library(SHIFAN_ICU_SONAME, SHIFAN_ICU_PACKAGE);
  static const Icu k_icu(k_library);
  UErrorCode status = U_ZERO_ERROR;
  UCollator* collator = k_icu.ucol_open("zh", &status);
  return U_SUCCESS(status) ? Collator{&k_icu, collator, ""}
                           : Collator{nullptr, nullptr, "ICU 无法生成中文排序规则 (缺少排序数据?)"};
} catch (const Error& error) {
  return {nullptr, nullptr, error.what()};
}

const Collator& chinese_collator() {
  static const Collator k_collator = load_collator();
  return k_collator;
}

}  // namespace

bool name_less(std::string_view a, std::string_view b) {
  if (const Collator& chinese = chinese_collator(); chinese.collator != nullptr) {
    UErrorCode status = U_ZERO_ERROR;
    UCollationResult order =
        chinese.icu->ucol_strcollUTF8(chinese.collator, a.data(), static_cast<int32_t>(a.size()), b.data(),
                                      static_cast<int32_t>(b.size()), &status);
    if (U_SUCCESS(status) && order != UCOL_EQUAL) {
      return order == UCOL_LESS;
    }
  }
  return a < b;
}

std::string name_order_problem() { return chinese_collator().problem; }

}  // namespace shifan::detail
