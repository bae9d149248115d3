#include <string>

#include "shifan/rubric.h"

namespace shifan {

namespace detail {
std::string_view embedded_rubric();  // generated from rubric/anhui-2024.yaml
}  // namespace detail

LoadedRubric load_default_rubric() {
  return load_rubric(read_document("<内置细则 anhui-2024>", std::string(detail::embedded_rubric())));
}

}  // namespace shifan
