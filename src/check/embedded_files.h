// Files compiled into the binary (cmake/Embed.cmake, shifan_embed_dir).
#pragma once

#include <span>
#include <string_view>

namespace shifan::detail {

struct EmbeddedFile {
  std::string_view name;  // file name, e.g. "a6-unmet.yaml"
  std::string_view text;
};

// rubric/anhui-2024.cases/*.yaml, sorted by name (generated).
std::span<const EmbeddedFile> embedded_cases();

}  // namespace shifan::detail
