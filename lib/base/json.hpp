#pragma once
// A small streaming JSON writer: enough for our reports, with correct string escaping.
#include <string>
#include <string_view>
#include <vector>

namespace cchc {

std::string json_escape(std::string_view s);  // with the surrounding quotes

class JsonWriter {
public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view k);
    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(long n);
    JsonWriter& value(int n) { return value(static_cast<long>(n)); }
    JsonWriter& value(double d);
    JsonWriter& value(bool b);
    JsonWriter& null();
    // key + value in one call
    template <class T>
    JsonWriter& field(std::string_view k, const T& v) { return key(k).value(v); }
    JsonWriter& string_array(std::string_view k, const std::vector<std::string>& items);
    const std::string& str() const { return out_; }

private:
    std::string out_;
    std::vector<bool> first_;  // per open container: no element written yet
    bool after_key_ = false;
    void separate();
};

}  // namespace cchc
