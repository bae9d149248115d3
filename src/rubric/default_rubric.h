// The rubric compiled into the binary (rubric/anhui-2024.yaml), for the
// commands that read its text rather than load it (`shifan check`).
#pragma once

#include <string_view>

namespace shifan::detail {

// The rubric file's bytes, generated at build time (cmake/Embed.cmake).
std::string_view embedded_rubric();

// Its node tree, parsed at build time by shifan_prepare (node_image.h).
std::string_view embedded_rubric_image();

// The name its diagnostics and reports give as the file name.
inline constexpr std::string_view k_default_rubric_name = "<内置细则 anhui-2024>";

}  // namespace shifan::detail
