// A zip archive in memory (libzip), read part by part within size limits.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace shifan::detail {

// Thrown for an archive that can't be read or a part past a limit; the
// message is Chinese and names the part.
struct ZipProblem {
  std::string message;
};

class ZipArchive {
 public:
  // Opens `bytes` (kept by the caller while this lives). Throws ZipProblem
  // when it is not a zip archive or has more than `max_parts` entries.
  ZipArchive(std::string_view bytes, std::size_t max_parts);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // The uncompressed part `name`, or nullopt when the archive has none.
  // Throws ZipProblem when it is encrypted, corrupt, larger than `max_part`
  // bytes, or when all parts read so far exceed `max_total` (a zip bomb:
  // reading stops at the limit, whatever the archive declares).
  std::optional<std::string> read(const std::string& name, std::size_t max_part, std::size_t max_total);

 private:
  struct Handle;
  std::unique_ptr<Handle> m_handle;
  std::size_t m_total = 0;
};

}  // namespace shifan::detail
