#include "default_rubric.h"

#include <string>

#include "shifan/rubric.h"

namespace shifan {

LoadedRubric load_default_rubric() {
  return load_rubric(
      read_document(std::string(detail::k_default_rubric_name), std::string(detail::embedded_rubric())));
}

}  // namespace shifan
