#pragma once
// The header words of plan tables and the task field each names: "STT"/"TT", "Nội dung
// công việc", "Kết quả/Sản phẩm", "Tiến độ"/"Thời gian"/"Thời hạn", "Đơn vị chủ trì",
// "Phối hợp", "Cách thức thực hiện", "Ghi chú" …, written any case, with or without marks.
#include <string>
#include <string_view>
#include <vector>

#include "model/import_fields.hpp"

namespace cchc {

// The field a header cell names; Field::executors for "Cơ quan/Đơn vị thực hiện", which a
// two-row header splits into lead and support below it.
Field header_field(std::string_view header_text);

// Whether every non-empty text is a column number: "1", "(1)", "(2)" …
bool is_column_number_row(const std::vector<std::string>& texts);

}  // namespace cchc
