// A node tree as compact bytes, so that a document parsed at build time (the
// embedded rubric) loads without parsing it again: the prepared form.
#pragma once

#include <string>
#include <string_view>

#include "shifan/document.h"

namespace shifan::detail {

// The tree's bytes: each node's kind, quoting, mark, text and children.
std::string write_node_image(const Node& root);

// The tree write_node_image wrote. Throws Error on bytes it did not write
// (truncated or corrupt), never reads past the end.
Node read_node_image(std::string_view image);

}  // namespace shifan::detail
