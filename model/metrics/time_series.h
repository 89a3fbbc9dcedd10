#pragma once

// TimeSeries: the per-interval samples a run produces (throughput, p99, utilization per
// simulated second), kept as named columns so charts can draw a column and the headless
// runner can write them all as CSV.

#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <span>
#include <string>
#include <vector>

namespace scalelab {

/// Named columns of doubles sampled on a fixed time step. Column-major, so a chart reads
/// one column as a contiguous span. Missing values are NaN and are written as empty CSV
/// fields.
class TimeSeries {
public:
    /// step_s: the sampling interval in seconds (informative; rows carry their own time).
    explicit TimeSeries(double step_s = 1.0) : m_step(step_s) {}

    /// Add a column and return its index. Rows already present get NaN in it.
    /// A name that already exists returns the existing column's index.
    std::size_t addColumn(const std::string &name);
    /// Index of a named column, or -1 (as std::ptrdiff_t) when absent.
    std::ptrdiff_t columnIndex(const std::string &name) const;

    /// Append one row: its time in seconds and one value per column, in column order.
    /// Throws std::invalid_argument when values.size() != columnCount().
    void append(double t_s, std::span<const double> values);
    void append(double t_s, std::initializer_list<double> values)
    {
        append(t_s, std::span<const double>(values.begin(), values.size()));
    }

    std::size_t rows() const { return m_time.size(); }
    std::size_t columnCount() const { return m_names.size(); }
    const std::vector<std::string> &columns() const { return m_names; }
    const std::string &columnName(std::size_t col) const { return m_names.at(col); }
    double step() const { return m_step; }

    double time(std::size_t row) const { return m_time.at(row); }
    double value(std::size_t row, std::size_t col) const { return m_data.at(col).at(row); }
    std::span<const double> times() const { return m_time; }
    std::span<const double> column(std::size_t col) const { return m_data.at(col); }

    /// Remove all rows, keep the columns.
    void clearRows();

    /// CSV: header "t_s,<col>,...", then one line per row; numbers in the shortest form
    /// that reads back to the same double (std::to_chars), so output is stable across
    /// runs and locales. Column names containing ',' '"' or newlines are quoted.
    void writeCsv(std::ostream &out) const;

private:
    double m_step;
    std::vector<std::string> m_names;
    std::vector<double> m_time;
    std::vector<std::vector<double>> m_data; ///< m_data[col][row]
};

} // namespace scalelab
