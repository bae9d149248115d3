#include "zip_archive.h"

#include <zip.h>

#include <fmt/format.h>

#include "shared_library.h"

namespace shifan::detail {

namespace {

// The libzip functions this file calls, loaded with the library on the first
// workbook read (base/shared_library.h).
#define SHIFAN_LIBZIP(X) \
  X(zip_error_init) \
  X(zip_error_fini) \
  X(zip_error_strerror) \
  X(zip_source_buffer_create) \
  X(zip_source_free) \
  X(zip_open_from_source) \
  X(zip_discard) \
  X(zip_get_num_entries) \
  X(zip_name_locate) \
  X(zip_stat_init) \
  X(zip_stat_index) \
  X(zip_fopen_index) \
  X(zip_fread) \
  X(zip_fclose) \
  X(zip_strerror) \
  X(zip_file_strerror)

struct LibZip {
  SHIFAN_LIBZIP(SHIFAN_FUNCTION)
  explicit LibZip(const SharedLibrary& library) { SHIFAN_LIBZIP(SHIFAN_LOAD_FUNCTION) }
};

const LibZip& libzip() {
  static const SharedLibrary k_library(SHIFAN_LIBZIP_SONAME, SHIFAN_LIBZIP_PACKAGE);
  static const LibZip k_libzip(k_library);
  return k_libzip;
}

}  // namespace

// Owns the open archive, so that it is closed even when the constructor throws.
struct ZipArchive::Handle {
  zip_t* archive = nullptr;
  Handle() = default;
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle() {
    if (archive != nullptr) {
      libzip().zip_discard(archive);
    }
  }
};

namespace {

struct FileCloser {
  void operator()(zip_file_t* file) const { libzip().zip_fclose(file); }
};

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, std::size_t max_parts) : m_handle(std::make_unique<Handle>()) {
  zip_error_t error;
  libzip().zip_error_init(&error);
  zip_source_t* source = libzip().zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    libzip().zip_error_fini(&error);
    throw ZipProblem{"无法读取工作簿 (zip)"};
  }
  m_handle->archive = libzip().zip_open_from_source(source, ZIP_RDONLY, &error);
  if (m_handle->archive == nullptr) {
    libzip().zip_source_free(source);
    std::string reason = libzip().zip_error_strerror(&error);
    libzip().zip_error_fini(&error);
    throw ZipProblem{"不是有效的 .xlsx 工作簿 (zip 格式损坏: " + reason + ")"};
  }
  libzip().zip_error_fini(&error);
  zip_int64_t count = libzip().zip_get_num_entries(m_handle->archive, 0);
  if (count < 0 || static_cast<std::size_t>(count) > max_parts) {
    throw ZipProblem{fmt::format("工作簿的部件过多 (上限 {} 个)", max_parts)};
  }
}

ZipArchive::~ZipArchive() = default;

std::optional<std::string> ZipArchive::read(const std::string& name, std::size_t max_part,
                                            std::size_t max_total) {
  zip_int64_t index = libzip().zip_name_locate(m_handle->archive, name.c_str(), 0);
  if (index < 0) {
    return std::nullopt;
  }
  zip_uint64_t entry = static_cast<zip_uint64_t>(index);
  zip_stat_t stat;
  libzip().zip_stat_init(&stat);
  if (libzip().zip_stat_index(m_handle->archive, entry, 0, &stat) == 0 && (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 &&
      stat.encryption_method != ZIP_EM_NONE) {
    throw ZipProblem{"工作簿设了密码 (加密), 无法读取: 请去掉密码后另存为 .xlsx"};
  }
  std::unique_ptr<zip_file_t, FileCloser> file(libzip().zip_fopen_index(m_handle->archive, entry, 0));
  if (!file) {
    throw ZipProblem{fmt::format("无法读取工作簿的部件 '{}': {}", name, libzip().zip_strerror(m_handle->archive))};
  }
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    zip_int64_t got = libzip().zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0) {
      throw ZipProblem{fmt::format("工作簿的部件 '{}' 已损坏: {}", name, libzip().zip_file_strerror(file.get()))};
    }
    if (got == 0) {
      break;
    }
    out.append(buffer, static_cast<std::size_t>(got));
    m_total += static_cast<std::size_t>(got);
    if (out.size() > max_part || m_total > max_total) {
      throw ZipProblem{fmt::format("工作簿的部件 '{}' 解压后过大 (上限 {} 字节, 可能是 zip 炸弹)", name,
                                   out.size() > max_part ? max_part : max_total)};
    }
  }
  return out;
}

}  // namespace shifan::detail
