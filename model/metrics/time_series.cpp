#include "time_series.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <ostream>
#include <stdexcept>

namespace scalelab {

namespace {

// Shortest round-trip form: independent of locale and iostream state, so CSV files of
// two runs with one seed compare equal byte for byte. NaN becomes an empty field.
void writeNumber(std::ostream &out, double x)
{
    if (std::isnan(x))
        return;
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, x);
    out.write(buf, res.ptr - buf);
}

void writeName(std::ostream &out, const std::string &name)
{
    if (name.find_first_of(",\"\r\n") == std::string::npos) {
        out << name;
        return;
    }
    out << '"';
    for (char ch : name) {
        if (ch == '"')
            out << '"';
        out << ch;
    }
    out << '"';
}

} // namespace

std::size_t TimeSeries::addColumn(const std::string &name)
{
    const std::ptrdiff_t existing = columnIndex(name);
    if (existing >= 0)
        return static_cast<std::size_t>(existing);
    m_names.push_back(name);
    m_data.emplace_back(m_time.size(), std::numeric_limits<double>::quiet_NaN());
    return m_names.size() - 1;
}

std::ptrdiff_t TimeSeries::columnIndex(const std::string &name) const
{
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (m_names[i] == name)
            return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
}

void TimeSeries::append(double t_s, std::span<const double> values)
{
    if (values.size() != m_names.size())
        throw std::invalid_argument("TimeSeries::append: expected " +
                                    std::to_string(m_names.size()) + " values, got " +
                                    std::to_string(values.size()));
    m_time.push_back(t_s);
    for (std::size_t c = 0; c < values.size(); ++c)
        m_data[c].push_back(values[c]);
}

void TimeSeries::clearRows()
{
    m_time.clear();
    for (auto &col : m_data)
        col.clear();
}

void TimeSeries::writeCsv(std::ostream &out) const
{
    out << "t_s";
    for (const auto &name : m_names) {
        out << ',';
        writeName(out, name);
    }
    out << '\n';
    for (std::size_t r = 0; r < m_time.size(); ++r) {
        writeNumber(out, m_time[r]);
        for (const auto &col : m_data) {
            out << ',';
            writeNumber(out, col[r]);
        }
        out << '\n';
    }
}

} // namespace scalelab
