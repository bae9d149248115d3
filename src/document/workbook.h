// Reading an .xlsx workbook into its sheets' cells (values only, no styles).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "shifan/diagnostic.h"
#include "shifan/document.h"

namespace shifan::detail {

// A cell with a value; formulas give their cached value.
struct Cell {
  enum class Kind { string, number, boolean, error };
  int row = 0;     // 1-based
  int column = 0;  // 1-based, A = 1
  Kind kind = Kind::string;
  // string: the text (shared, inline or a formula's); number: as stored
  // ("93.5", "1E-3"); boolean: "1" or "0"; error: "#DIV/0!" and the like.
  std::string text;
};

struct Sheet {
  std::string name;
  std::vector<Cell> cells;  // in the order stored: by row, then column
};

struct Workbook {
  std::shared_ptr<const Source> source;  // the sheet names, for cell marks
  std::vector<Sheet> sheets;             // in the workbook's order; Mark::sheet is index + 1
  bool date1904 = false;                 // serial dates count from 1904-01-01
  Diagnostics diagnostics;               // not empty: the workbook could not be read
};

// Bounds for a hostile workbook, beside ReadLimits (file size, string size).
struct WorkbookLimits {
  std::size_t max_parts = 10'000;      // entries in the zip archive
  std::size_t max_part = 32 << 20;     // bytes of one part, uncompressed
  std::size_t max_total = 64 << 20;    // bytes of all parts read, uncompressed
  std::size_t max_cells = 1'000'000;   // cells with a value, all sheets
  std::size_t max_sheets = 255;
};

// True when `bytes` starts like a zip archive (an .xlsx) or an OLE compound
// file (an old .xls, or an encrypted workbook).
bool looks_like_workbook(std::string_view bytes);

// Reads every sheet's cells. Never throws for bad content: an old .xls, a
// password, a broken archive, a part past a limit, XML with a DTD or that is
// malformed each give one diagnostic and no sheets.
Workbook read_workbook(std::string name, std::string_view bytes, const ReadLimits& limits = {},
                       const WorkbookLimits& workbook_limits = {});

// "D5" as (row 5, column 4); false when it is not a cell reference in range.
bool parse_cell_reference(std::string_view text, int& row, int& column);

}  // namespace shifan::detail
