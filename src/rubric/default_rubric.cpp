#include "default_rubric.h"

#include <memory>
#include <string>

#include "node_image.h"
#include "shifan/rubric.h"

namespace shifan {

LoadedRubric load_default_rubric() {
  // The tree parsed at build time; the text is only for carets, as if read.
  Document document;
  document.source =
      std::make_shared<const Source>(std::string(detail::k_default_rubric_name), std::string(detail::embedded_rubric()));
  document.root = detail::read_node_image(detail::embedded_rubric_image());
  return load_rubric(std::move(document));
}

}  // namespace shifan
