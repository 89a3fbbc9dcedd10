#include "cli/cli_args.h"

#include "atomic_file.h"
#include "sim/parallel_runs.h"

#include <cmath>
#include <cstdlib>
#include <iostream>

namespace scalelab::cli {

bool parseNumber(const char *text, double &out)
{
    char *end = nullptr;
    out = std::strtod(text, &end);
    return end != text && *end == '\0' && std::isfinite(out);
}

bool parseInteger(const char *text, long long min, long long max, long long &out)
{
    char *end = nullptr;
    out = std::strtoll(text, &end, 10);
    return end != text && *end == '\0' && out >= min && out <= max;
}

bool parseSeed(const char *text, std::uint64_t &out)
{
    double number = 0;
    if (!parseNumber(text, number) || number < 0 || number != std::floor(number) || number > 1.8e19)
        return false;
    out = std::strtoull(text, nullptr, 10);
    return true;
}

bool parseJobs(const char *text, int &out)
{
    long long whole = 0;
    if (!parseInteger(text, 1, ParallelRuns::kMaxJobs, whole))
        return false;
    out = static_cast<int>(whole);
    return true;
}

bool writeOutput(const std::string &command, const std::string &path, const std::string &text)
{
    if (path == "-") {
        std::cout << text;
        std::cout.flush();
        return true;
    }
    const QString error =
        atomic_file::writeBytes(QString::fromLocal8Bit(path.c_str()),
                                QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    if (!error.isEmpty())
        std::cerr << "scalelab " << command << ": " << error.toStdString() << "\n";
    return error.isEmpty();
}

} // namespace scalelab::cli
